package org.threatloom.metamodel.interop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One value of a parsed JSON or YAML file with its place: the JSON pointer and the line and column it starts at.
 * Importers read through the typed accessors, which turn a missing or wrong-typed value into an
 * {@link ImportException} naming that place, so no importer needs its own error handling.
 */
public final class SourceNode {
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL, MISSING }

    private final String file;
    private final String pointer;
    private final int line;
    private final int column;
    private final Kind kind;
    private final String text;
    private final Map<String, SourceNode> fields;
    private final List<SourceNode> items;

    private SourceNode(String file, String pointer, int line, int column, Kind kind, String text,
                       Map<String, SourceNode> fields, List<SourceNode> items) {
        this.file = file;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.kind = kind;
        this.text = text;
        this.fields = fields;
        this.items = items;
    }

    public static SourceNode scalar(String file, String pointer, int line, int column, Kind kind, String text) {
        return new SourceNode(file, pointer, line, column, kind, text, null, null);
    }

    public static SourceNode object(String file, String pointer, int line, int column, LinkedHashMap<String, SourceNode> fields) {
        return new SourceNode(file, pointer, line, column, Kind.OBJECT, null, Collections.unmodifiableMap(fields), null);
    }

    public static SourceNode array(String file, String pointer, int line, int column, List<SourceNode> items) {
        return new SourceNode(file, pointer, line, column, Kind.ARRAY, null, null, List.copyOf(items));
    }

    /** Escapes one reference token of a JSON pointer (RFC 6901). */
    public static String token(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    public Kind kind() { return kind; }

    public String pointer() { return pointer.isEmpty() ? "/" : pointer; }

    public String file() { return file; }

    public int line() { return line; }

    public int column() { return column; }

    public boolean isMissing() { return kind == Kind.MISSING; }

    /** Missing or an explicit null. */
    public boolean absent() { return kind == Kind.MISSING || kind == Kind.NULL; }

    public boolean isObject() { return kind == Kind.OBJECT; }

    public boolean isArray() { return kind == Kind.ARRAY; }

    /** The field {@code key} of this object; a MISSING node (still with its pointer) when absent or when this is no object. */
    public SourceNode get(String key) {
        SourceNode child = fields == null ? null : fields.get(key);
        if (child != null) return child;
        return new SourceNode(file, pointer + "/" + token(key), line, column, Kind.MISSING, null, null, null);
    }

    public boolean has(String key) {
        return fields != null && fields.containsKey(key) && fields.get(key).kind != Kind.NULL;
    }

    /** The fields of an object in file order; empty when absent; an error for any other kind. */
    public Map<String, SourceNode> fields() throws ImportException {
        if (absent()) return Map.of();
        if (kind != Kind.OBJECT) throw error("expected an object, found " + describeKind());
        return fields;
    }

    /** The items of an array; empty when absent; an error for any other kind. */
    public List<SourceNode> items() throws ImportException {
        if (absent()) return List.of();
        if (kind != Kind.ARRAY) throw error("expected an array, found " + describeKind());
        return items;
    }

    /** This scalar as text (numbers and booleans as written); null when absent; an error for objects and arrays. */
    public String text() throws ImportException {
        if (absent()) return null;
        if (kind == Kind.OBJECT || kind == Kind.ARRAY) throw error("expected a text value, found " + describeKind());
        return text;
    }

    public String string(String key) throws ImportException {
        return get(key).text();
    }

    /** Like {@link #string} but blank counts as absent. */
    public String nonBlank(String key) throws ImportException {
        String s = string(key);
        return s == null || s.isBlank() ? null : s;
    }

    public String requireString(String key) throws ImportException {
        String s = nonBlank(key);
        if (s == null) throw get(key).error("required value missing");
        return s;
    }

    public boolean bool(String key, boolean fallback) throws ImportException {
        return get(key).asBool(fallback);
    }

    public boolean asBool(boolean fallback) throws ImportException {
        if (absent()) return fallback;
        if (kind == Kind.BOOLEAN) return Boolean.parseBoolean(text);
        if (kind == Kind.STRING) {
            String s = text.trim().toLowerCase(Locale.ROOT);
            if (s.equals("true") || s.equals("yes")) return true;
            if (s.equals("false") || s.equals("no") || s.isEmpty()) return false;
        }
        throw error("expected true or false, found " + describeKind() + (text == null ? "" : " '" + text + "'"));
    }

    /** A number, or null when absent; an error for anything that is not a number. */
    public Double number(String key) throws ImportException {
        return get(key).asNumber();
    }

    public Double asNumber() throws ImportException {
        if (absent()) return null;
        if (kind == Kind.NUMBER || kind == Kind.STRING) {
            try {
                double d = Double.parseDouble(text.trim());
                if (Double.isFinite(d)) return d;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw error("expected a number, found " + describeKind() + (text == null ? "" : " '" + text + "'"));
    }

    /** The strings of an array of scalars (absent: empty). */
    public List<String> strings(String key) throws ImportException {
        SourceNode n = get(key);
        if (n.kind == Kind.STRING || n.kind == Kind.NUMBER) return List.of(n.text);
        List<String> out = new ArrayList<>();
        for (SourceNode item : n.items()) {
            String s = item.text();
            if (s != null) out.add(s);
        }
        return out;
    }

    public ImportException error(String message) {
        return new ImportException(file, line, column, pointer(), message);
    }

    public String describeKind() {
        return switch (kind) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case MISSING -> "nothing";
        };
    }

    @Override
    public String toString() {
        return kind + " at " + pointer();
    }
}
