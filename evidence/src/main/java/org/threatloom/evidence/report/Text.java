package org.threatloom.evidence.report;

/**
 * Text from the model as documents may carry it: characters XML 1.0 cannot hold (controls other than tab, line feed
 * and carriage return; lone surrogates; U+FFFE/U+FFFF) become U+FFFD, so a hostile name can never break a DOCX, XLSX,
 * HTML or OSCAL file. Everything else stays literally as written: escaping is each writer's job (Thymeleaf
 * {@code th:text}, POI, Jackson).
 */
public final class Text {
    private Text() {}

    public static String clean(String s) {
        if (s == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) sb.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            if (sb != null) sb.append(ok ? c : '\uFFFD');
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code value}, or {@code fallback} when it is null or blank. */
    public static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : clean(value);
    }
}
