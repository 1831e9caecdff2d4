package org.threatloom.catalog.risk;

import org.threatloom.model.Level;
import org.threatloom.model.Property;
import org.threatloom.model.SystemModel;

/**
 * Risk = matrix[likelihood][impact] (documented in RULES.md). A model may replace the matrix with its
 * {@code risk.matrix} property: four rows (likelihood LOW..CRITICAL) of four letters L/M/H/C separated by '/'.
 */
public final class RiskMatrix {
    public static final String DEFAULT_SPEC = "LLMM/LMMH/MMHC/MHCC";
    public static final String PROPERTY = "risk.matrix";
    public static final String INTERNET_PROPERTY = "risk.internetFacingRaisesLikelihood";

    private final Level[][] cells;
    private final boolean internetRaises;
    private final String spec;

    private RiskMatrix(Level[][] cells, boolean internetRaises, String spec) {
        this.cells = cells;
        this.internetRaises = internetRaises;
        this.spec = spec;
    }

    public static RiskMatrix standard() {
        return new RiskMatrix(parse(DEFAULT_SPEC), true, DEFAULT_SPEC);
    }

    /** The model's configured matrix, or the standard one. A malformed spec is an error naming the property. */
    public static RiskMatrix forModel(SystemModel model) {
        String spec = DEFAULT_SPEC;
        boolean raises = true;
        for (Property p : model.getProperties()) {
            if (PROPERTY.equals(p.getKey()) && p.getValue() != null) spec = p.getValue().trim();
            if (INTERNET_PROPERTY.equals(p.getKey())) raises = !"false".equalsIgnoreCase(String.valueOf(p.getValue()).trim());
        }
        return new RiskMatrix(parse(spec), raises, spec);
    }

    public Level risk(Level likelihood, Level impact) {
        return cells[likelihood.getValue()][impact.getValue()];
    }

    public boolean internetFacingRaisesLikelihood() {
        return internetRaises;
    }

    public String spec() {
        return spec;
    }

    static Level[][] parse(String spec) {
        String[] rows = spec.split("/");
        if (rows.length != 4) throw new IllegalArgumentException(PROPERTY + " '" + spec + "': needs 4 rows separated by '/'");
        Level[][] out = new Level[4][4];
        for (int r = 0; r < 4; r++) {
            String row = rows[r].trim();
            if (row.length() != 4) throw new IllegalArgumentException(PROPERTY + " '" + spec + "': row " + (r + 1) + " needs 4 letters of L/M/H/C");
            for (int c = 0; c < 4; c++) {
                out[r][c] = switch (Character.toUpperCase(row.charAt(c))) {
                    case 'L' -> Level.LOW;
                    case 'M' -> Level.MEDIUM;
                    case 'H' -> Level.HIGH;
                    case 'C' -> Level.CRITICAL;
                    default -> throw new IllegalArgumentException(PROPERTY + " '" + spec + "': '" + row.charAt(c) + "' is not one of L/M/H/C");
                };
            }
        }
        return out;
    }

    public static Level raise(Level l) {
        return l == Level.CRITICAL ? l : Level.get(l.getValue() + 1);
    }
}
