package org.threatloom.catalog.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the ids EMB3D keeps in Markdown strings: CWE lists, ATT&CK links in evidence, CVE ids. */
final class Emb3dMarkdown {
    private static final Pattern CWE_ITEM = Pattern.compile(
            "^-\\s*\\[CWE[- ]?(\\d+)[^\\]]*\\](?:\\(\\s*https?://cwe\\.mitre\\.org/data/definitions/(\\d+)\\.html\\s*\\))?");
    private static final Pattern NONE_ITEM = Pattern.compile("(?i)^-\\s*none\\b.*");
    private static final Pattern ATTACK_LINK = Pattern.compile(
            "attack\\.mitre\\.org/techniques/(T\\d{4})(?:/(\\d{3}))?");
    private static final Pattern CVE = Pattern.compile("\\bCVE-\\d{4}-\\d{4,}\\b");

    /**
     * Known upstream typos, fixed here: threat id -> (cited CWE number -> intended number).
     * TID-212 cites "CWE-12326: Missing Immutable Root of Trust in Hardware"; the name and the entry's own link
     * (definitions/1326.html) show that CWE-1326 is meant (documented in shared/catalogs/README.md).
     */
    private static final Map<String, Map<String, String>> KNOWN_TYPOS = Map.of("TID-212", Map.of("12326", "1326"));

    private Emb3dMarkdown() {
    }

    /** CWE ids of one threat's {@code x_mitre_emb3d_threat_CWEs}; corrections and format quirks are reported. */
    static List<String> cweIds(String tid, String markdown, List<String> corrections, List<String> notes) {
        TreeSet<String> ids = new TreeSet<>();
        if (markdown == null) {
            return List.of();
        }
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            if (!line.startsWith("-") || NONE_ITEM.matcher(line).matches()) {
                continue;
            }
            Matcher m = CWE_ITEM.matcher(line);
            if (!m.find()) {
                throw new ImportException(tid + ": unrecognised CWE list item: " + raw);
            }
            String cited = m.group(1);
            String fixed = KNOWN_TYPOS.getOrDefault(tid, Map.of()).get(cited);
            if (fixed != null) {
                corrections.add(tid + ": cites CWE-" + cited + ", read as CWE-" + fixed
                        + " (upstream typo; the entry's name and link are those of CWE-" + fixed + ")");
                cited = fixed;
            } else if (m.group(2) != null && !m.group(2).equals(cited)) {
                throw new ImportException(tid + ": CWE-" + cited + " links to definitions/" + m.group(2)
                        + ".html; add it to KNOWN_TYPOS if it is a typo");
            }
            if (line.matches("^-\\s*\\[CWE \\d+.*")) {
                notes.add(tid + " writes \"CWE " + cited + "\" (space instead of hyphen); read as CWE-" + cited + ".");
            }
            ids.add("CWE-" + cited);
        }
        return Sorting.ids(ids);
    }

    /** ATT&CK technique ids linked from the text, sub-techniques as {@code T1542.003}. */
    static List<String> attackIds(String markdown) {
        List<String> ids = new ArrayList<>();
        if (markdown != null) {
            Matcher m = ATTACK_LINK.matcher(markdown);
            while (m.find()) {
                ids.add(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
            }
        }
        return Sorting.ids(ids);
    }

    static List<String> cveIds(String markdown) {
        List<String> ids = new ArrayList<>();
        if (markdown != null) {
            Matcher m = CVE.matcher(markdown);
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return Sorting.ids(ids);
    }
}
