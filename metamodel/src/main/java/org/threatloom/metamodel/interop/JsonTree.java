package org.threatloom.metamodel.interop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Parses JSON into {@link SourceNode}s that remember their line, column and pointer. Hostile input is cheap:
 * bounded nesting, string and number lengths, duplicate keys refused, trailing content refused.
 */
public final class JsonTree {
    static final int MAX_DEPTH = 200;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(16 * 1024 * 1024).maxNumberLength(64).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonTree() {}

    public static SourceNode parse(byte[] bytes, String file) throws ImportException {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) throw new ImportException(file, 1, 1, "", "empty file: expected a JSON document");
            SourceNode root = read(p, file, "");
            JsonToken after = p.nextToken();
            if (after != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ImportException(file, l.getLineNr(), l.getColumnNr(), "", "unexpected content after the JSON document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            int line = l == null ? 0 : l.getLineNr(), column = l == null ? 0 : l.getColumnNr();
            throw new ImportException(file, line, column, "", message(e));
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
    }

    private static SourceNode read(JsonParser p, String file, String pointer) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr(), column = at.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, SourceNode> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, read(p, file, pointer + "/" + SourceNode.token(name)));
                }
                return SourceNode.object(file, pointer, line, column, fields);
            }
            case START_ARRAY: {
                List<SourceNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, file, pointer + "/" + items.size()));
                }
                return SourceNode.array(file, pointer, line, column, items);
            }
            case VALUE_STRING:
                return SourceNode.scalar(file, pointer, line, column, SourceNode.Kind.STRING, p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return SourceNode.scalar(file, pointer, line, column, SourceNode.Kind.NUMBER, p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return SourceNode.scalar(file, pointer, line, column, SourceNode.Kind.BOOLEAN, p.getText());
            case VALUE_NULL:
                return SourceNode.scalar(file, pointer, line, column, SourceNode.Kind.NULL, null);
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
        }
    }

    private static String message(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int nl = m.indexOf('\n');
        if (nl > 0) m = m.substring(0, nl);
        if (m.contains("end-of-input")) return "truncated JSON: " + m;
        if (m.contains("Duplicate field")) return "duplicate key: " + m;
        if (m.contains("nesting depth")) return "JSON nested too deeply (limit " + MAX_DEPTH + ")";
        return "malformed JSON: " + m;
    }
}
