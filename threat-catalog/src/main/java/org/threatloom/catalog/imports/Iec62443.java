package org.threatloom.catalog.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses IEC 62443 requirement references into ids such as {@code SR 1.1}, {@code EDR 3.14}, {@code CR 1.1 RE 1}. */
final class Iec62443 {
    private static final String KIND = "(?:SR|CR|SAR|EDR|HDR|NDR)";
    /** EMB3D: "EDR / HDR / NDR 3.14 – Integrity of the boot process", "CR 1.1 – ...: RE (1) ...", "CR – 3.5 ...". */
    private static final Pattern EMB3D_LINE = Pattern.compile(
            "^(" + KIND + "(?:\\s*/\\s*" + KIND + ")*)\\s*(?:[\u2013-]\\s*)?(\\d+\\.\\d+)\\b(.*)$");
    private static final Pattern ENHANCEMENT = Pattern.compile("\\(\\s*(\\d+)\\s*\\)");
    /** ATT&CK labels: "IEC 62443-3-3:2013 - SR 1.1", "IEC 62443-4-2:2019 - CR 2.11 RE (2)". */
    private static final Pattern ATTACK_LABEL = Pattern.compile(
            "^IEC 62443-\\d-\\d(?::\\d{4})?\\s*-\\s*(" + KIND + ")\\s+(\\d+\\.\\d+)(?:\\s*RE\\s*\\(?\\s*(\\d+)\\s*\\)?)?$");

    private Iec62443() {
    }

    /**
     * Ids from an EMB3D {@code x_mitre_emb3d_mitigation_IEC_62443_mappings} Markdown list. "None" lines are
     * skipped; any other line that does not parse is an error, so a new upstream format is noticed.
     */
    static List<String> fromEmb3dMappings(String owner, String markdown) {
        List<String> ids = new ArrayList<>();
        if (markdown == null) {
            return ids;
        }
        for (String rawLine : markdown.split("\\R")) {
            String line = rawLine.strip();
            if (line.startsWith("- ")) {
                line = line.substring(2).strip();
            }
            if (line.isEmpty() || line.toLowerCase(Locale.ROOT).equals("none")) {
                continue;
            }
            Matcher m = EMB3D_LINE.matcher(line);
            if (!m.matches()) {
                throw new ImportException(owner + ": unrecognised IEC 62443 mapping line: " + rawLine);
            }
            Matcher re = ENHANCEMENT.matcher(m.group(3));
            String suffix = re.find() ? " RE " + re.group(1) : "";
            for (String kind : m.group(1).split("/")) {
                ids.add(kind.strip() + " " + m.group(2) + suffix);
            }
        }
        return ids;
    }

    /**
     * Ids from ATT&CK {@code labels}. Labels that do not mention 62443 (e.g. NIST SP 800-53) are ignored; a
     * 62443 label that does not parse is an error. A label may hold several references separated by ';'.
     */
    static List<String> fromAttackLabels(String owner, List<String> labels) {
        List<String> ids = new ArrayList<>();
        for (String label : labels) {
            if (!label.contains("62443")) {
                continue;
            }
            String[] parts = label.split(";");
            String prefix = parts[0].substring(0, Math.max(0, parts[0].lastIndexOf(" - ") + 3));
            for (int i = 0; i < parts.length; i++) {
                String part = i == 0 ? parts[0].strip() : prefix + parts[i].strip();
                Matcher m = ATTACK_LABEL.matcher(part);
                if (!m.matches()) {
                    throw new ImportException(owner + ": unrecognised IEC 62443 label: " + label);
                }
                ids.add(m.group(1) + " " + m.group(2) + (m.group(3) == null ? "" : " RE " + m.group(3)));
            }
        }
        return ids;
    }
}
