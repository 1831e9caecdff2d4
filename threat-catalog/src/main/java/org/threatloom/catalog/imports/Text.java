package org.threatloom.catalog.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns upstream rich text (CAPEC/CWE XHTML fragments, ATT&CK and EMB3D Markdown) into short plain text.
 * Only markup the catalogs actually use is removed; anything else (e.g. a literal {@code <script>} in an
 * example) stays as text.
 */
final class Text {
    /** Default length of a short description. */
    static final int DESCRIPTION_LIMIT = 600;
    /** Length of one short list item, e.g. a CAPEC prerequisite. */
    static final int ITEM_LIMIT = 300;

    private static final Pattern XHTML_TAG = Pattern.compile("</?xhtml:[A-Za-z]+(?:\\s[^<>]*)?/?>");
    private static final Pattern SIMPLE_HTML_TAG = Pattern.compile("(?i)</?(?:u|b|i|em|strong|br|sup|sub|code)\\s*/?>");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*\\)");
    private static final Pattern CITATION = Pattern.compile("\\(Citation: [^)]*\\)");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\[\\]()*_#`\\\\.!-])");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d{1,6});");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Text() {
    }

    /** The first paragraph of {@code raw} as plain text, shortened to {@code limit} characters. */
    static String firstParagraph(String raw, int limit) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.startsWith("<xhtml:p")) {
            int end = s.indexOf("</xhtml:p>");
            s = end > 0 ? s.substring(0, end) : s;
        } else if (!s.startsWith("<xhtml:")) {
            s = BLANK_LINE.split(s, 2)[0];
        }
        return plain(s, limit);
    }

    /** All of {@code raw} as one line of plain text, shortened to {@code limit} characters. */
    static String plain(String raw, int limit) {
        if (raw == null) {
            return null;
        }
        String s = XHTML_TAG.matcher(raw).replaceAll(" ");
        s = SIMPLE_HTML_TAG.matcher(s).replaceAll("");
        s = CITATION.matcher(s).replaceAll("");
        s = MD_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = MD_ESCAPE.matcher(s).replaceAll("$1");
        s = decodeEntities(s);
        s = SPACE.matcher(s).replaceAll(" ").strip();
        s = s.replace(" .", ".").replace(" ,", ",");
        return s.isEmpty() ? null : shorten(s, limit);
    }

    /** Cuts {@code s} at a word boundary before {@code limit} and appends an ellipsis when it is longer. */
    static String shorten(String s, int limit) {
        if (s.length() <= limit) {
            return s;
        }
        int cut = s.lastIndexOf(' ', limit - 1);
        if (cut < limit / 2) {
            cut = limit - 1;
        }
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut).stripTrailing() + "\u2026";
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        String t = NUMERIC_ENTITY.matcher(s).replaceAll(m -> {
            int cp = Integer.parseInt(m.group(1));
            return Character.isValidCodePoint(cp) ? Matcher.quoteReplacement(Character.toString(cp)) : m.group();
        });
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
