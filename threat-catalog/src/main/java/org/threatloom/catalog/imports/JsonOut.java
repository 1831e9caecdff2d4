package org.threatloom.catalog.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

/**
 * Deterministic JSON: keys sorted, empty values left out, '\n' line ends, UTF-8. Record lists are written one
 * record per line (compact, yet readable in a diff); single objects are pretty-printed.
 */
final class JsonOut {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            // derived helpers such as AttackPattern.isActive() are not data
            .configure(MapperFeature.AUTO_DETECT_IS_GETTERS, false);
    private static final TypeReference<TreeMap<String, Object>> SORTED = new TypeReference<>() {
    };
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonOut() {
    }

    static byte[] recordsPerLine(List<?> records) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < records.size(); i++) {
            sb.append(compact(records.get(i))).append(i + 1 < records.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pretty(Object value) {
        try {
            return (MAPPER.writer(PRETTY).writeValueAsString(MAPPER.convertValue(value, Object.class)) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String compact(Object record) {
        try {
            return MAPPER.writeValueAsString(MAPPER.convertValue(record, SORTED));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
