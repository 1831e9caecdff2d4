package org.threatloom.metamodel.interop;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON Schema checker for the keywords the Threat Dragon v1/v2 and OTM schemas use: type (one or a list),
 * properties, required, items, enum, minimum, minLength, maxLength, nullable, $ref to #/definitions and oneOf.
 * Enough to tell whether an exported file is one the other tool accepts; unknown keywords are ignored.
 */
final class SchemaSubset {
    private final JsonNode root;

    SchemaSubset(JsonNode schema) {
        this.root = schema;
    }

    List<String> check(JsonNode doc) {
        List<String> errors = new ArrayList<>();
        check(root, doc, "", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode v, String at, List<String> errors) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) throw new IllegalArgumentException("unsupported $ref " + ref);
            check(root.at(ref.substring(1)), v, at, errors);
            return;
        }
        if (v.isNull() && schema.path("nullable").asBoolean(false)) return;
        if (schema.has("type") && !typeOk(schema.get("type"), v)) {
            errors.add(at + ": expected " + schema.get("type") + ", found " + v.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) found |= e.equals(v);
            if (!found) errors.add(at + ": " + v + " not in " + schema.get("enum"));
        }
        if (v.isNumber() && schema.has("minimum") && v.asDouble() < schema.get("minimum").asDouble()) errors.add(at + ": below minimum");
        if (v.isTextual() && schema.has("minLength") && v.asText().length() < schema.get("minLength").asInt()) errors.add(at + ": too short");
        if (v.isTextual() && schema.has("maxLength") && v.asText().length() > schema.get("maxLength").asInt()) errors.add(at + ": too long");
        if (v.isObject()) {
            for (JsonNode r : schema.path("required")) if (!v.has(r.asText())) errors.add(at + ": missing required '" + r.asText() + "'");
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                if (v.has(p.getKey())) check(p.getValue(), v.get(p.getKey()), at + "/" + p.getKey(), errors);
            }
            if (schema.has("oneOf")) {
                int ok = 0;
                for (JsonNode alt : schema.get("oneOf")) {
                    List<String> e = new ArrayList<>();
                    check(alt, v, at, e);
                    if (e.isEmpty()) ok++;
                }
                if (ok != 1) errors.add(at + ": matches " + ok + " of oneOf");
            }
        }
        if (v.isArray() && schema.has("items")) {
            for (int i = 0; i < v.size(); i++) check(schema.get("items"), v.get(i), at + "/" + i, errors);
        }
    }

    private static boolean typeOk(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) if (typeOk(t, v)) return true;
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()));
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> true;
        };
    }
}
