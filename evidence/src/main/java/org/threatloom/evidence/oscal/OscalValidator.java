package org.threatloom.evidence.oscal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gov.nist.secauto.metaschema.core.configuration.DefaultConfiguration;
import gov.nist.secauto.metaschema.core.model.constraint.IConstraint;
import gov.nist.secauto.metaschema.core.model.validation.IValidationFinding;
import gov.nist.secauto.metaschema.core.model.validation.IValidationResult;
import gov.nist.secauto.metaschema.core.model.validation.JsonSchemaContentValidator;
import gov.nist.secauto.oscal.lib.OscalBindingContext;

/**
 * Validates OSCAL JSON files with NIST's liboscal-java: first against the OSCAL JSON schema shipped in the library
 * (chosen by the document's root: catalog, profile, system-security-plan, assessment-plan, assessment-results,
 * component-definition), then against the OSCAL model's constraints, which follow the imports (results -> plan -> SSP
 * -> profile -> catalog), so the linked files must exist beside it. Slow (seconds, mostly loading the models once):
 * tests and {@code report --validate} use it, the pack writer does not.
 */
public final class OscalValidator {
    private static final Map<String, JsonSchemaContentValidator> SCHEMAS = new ConcurrentHashMap<>();

    /** One problem: severity (ERROR, CRITICAL...), where, and what. */
    public record Problem(String file, String severity, String path, String message) {
        @Override
        public String toString() {
            return file + ": " + severity + " at " + path + ": " + message;
        }
    }

    private OscalValidator() {}

    /** Problems of ERROR severity or worse; empty when the file is valid. */
    public static List<Problem> validate(Path file) throws IOException {
        List<Problem> out = new ArrayList<>();
        String root = root(file);
        if (root == null) {
            out.add(new Problem(file.toString(), "ERROR", "/", "not an OSCAL JSON document"));
            return out;
        }
        IValidationResult schema = schema(root).validate(Files.newInputStream(file), file.toUri());
        collect(file, schema, out);
        if (!out.isEmpty()) return out;
        IValidationResult constraints = OscalBindingContext.instance().validateWithConstraints(file.toAbsolutePath().toUri(), new DefaultConfiguration<>());
        collect(file, constraints, out);
        return out;
    }

    private static void collect(Path file, IValidationResult r, List<Problem> out) {
        for (IValidationFinding f : r.getFindings()) {
            if (f.getSeverity().ordinal() < IConstraint.Level.ERROR.ordinal()) continue;
            out.add(new Problem(file.getFileName().toString(), f.getSeverity().name(), String.valueOf(f.getPath()), String.valueOf(f.getMessage())));
        }
    }

    private static JsonSchemaContentValidator schema(String root) throws IOException {
        JsonSchemaContentValidator v = SCHEMAS.get(root);
        if (v != null) return v;
        String name = switch (root) {
            case "catalog" -> "catalog";
            case "profile" -> "profile";
            case "system-security-plan" -> "ssp";
            case "assessment-plan" -> "ap";
            case "assessment-results" -> "ar";
            case "component-definition" -> "component-definition";
            case "plan-of-action-and-milestones" -> "poam";
            default -> "complete";
        };
        try (InputStream in = OscalBindingContext.class.getResourceAsStream("/schema/json/oscal-" + name + "_schema.json")) {
            if (in == null) throw new IOException("OSCAL JSON schema missing from liboscal-java: " + name);
            v = new JsonSchemaContentValidator(in);
        }
        SCHEMAS.put(root, v);
        return v;
    }

    /** The root property of an OSCAL JSON document, or null. */
    static String root(Path file) throws IOException {
        var node = OscalJson.MAPPER.readTree(file.toFile());
        if (node == null || !node.isObject()) return null;
        var names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!n.equals("$schema")) return n;
        }
        return null;
    }
}
