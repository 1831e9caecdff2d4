package org.threatloom.evidence.oscal;

import org.threatloom.evidence.report.Text;

/**
 * Text for OSCAL markup fields (titles, descriptions, remarks, prose are Markdown in OSCAL JSON): Markdown and
 * parameter-insertion syntax is backslash-escaped, so a name such as {@code <script>} or {@code [[${...}]]} stays
 * literal text for every OSCAL reader and never becomes markup, a link or a parameter.
 */
final class OscalText {
    private static final String ESCAPE = "\\`*_{}[]<>#+!|~^&";

    private OscalText() {}

    static String md(String s) {
        String t = Text.clean(s).replace("\r\n", "\n").replace('\r', '\n');
        if (t.isBlank()) return "(none)";
        StringBuilder sb = new StringBuilder(t.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (ESCAPE.indexOf(c) >= 0 || (lineStart && (c == '-' || c == '='))) sb.append('\\');
            if (lineStart && Character.isDigit(c)) {
                int j = i;
                while (j < t.length() && Character.isDigit(t.charAt(j))) j++;
                if (j < t.length() && (t.charAt(j) == '.' || t.charAt(j) == ')')) {
                    sb.append(t, i, j).append('\\').append(t.charAt(j));
                    i = j;
                    lineStart = false;
                    continue;
                }
            }
            sb.append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return sb.toString();
    }

    /** Markup-line fields (titles): one line, so line breaks become spaces. */
    static String line(String s) {
        return md(oneLine(s));
    }

    /** Plain string fields (prop values, system name): one line, no leading or trailing space, never empty. */
    static String plain(String s) {
        String t = oneLine(s);
        return t.isEmpty() ? "-" : t;
    }

    private static String oneLine(String s) {
        return Text.clean(s).replaceAll("\\s+", " ").trim();
    }
}
