package org.threatloom.metamodel.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line of each element's {@code xmi:id} in a model file, so reports (SARIF) can point at the element. */
public final class ElementLines {
    private static final Pattern ID = Pattern.compile("xmi:id=\"([^\"]*)\"");

    private ElementLines() {}

    public static Map<String, Integer> of(String xmi) {
        Map<String, Integer> out = new HashMap<>();
        int line = 1;
        int lineStart = 0;
        Matcher m = ID.matcher(xmi);
        while (m.find()) {
            for (int i = lineStart; i < m.start(); i++) if (xmi.charAt(i) == '\n') line++;
            lineStart = m.start();
            out.putIfAbsent(m.group(1), line);
        }
        return out;
    }

    public static Map<String, Integer> of(Path file) {
        try {
            return of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Map.of();
        }
    }
}
