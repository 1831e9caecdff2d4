package org.threatloom.evidence.xlsx;

import org.threatloom.evidence.report.Text;

/**
 * Spreadsheet text that can never become a formula (robustness case 7, OWASP "CSV injection"): a value whose first
 * character is {@code = + - @}, a tab, a carriage return or a line feed (or their full-width forms) gets a leading
 * apostrophe, and every value is stored as a text cell with the quote-prefix style, so neither Excel, LibreOffice nor a
 * CSV export of the sheet evaluates it. Values longer than a cell holds are cut with a marker.
 */
public final class CellText {
    /** Excel's limit is 32,767 characters per cell. */
    static final int MAX = 32_000;

    private CellText() {}

    public static boolean dangerous(String s) {
        if (s == null || s.isEmpty()) return false;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /** The text to store: cleaned, cut to the cell limit, and prefixed with an apostrophe when it could start a formula. */
    public static String safe(String s) {
        String t = Text.clean(s);
        if (t.length() > MAX) t = t.substring(0, MAX) + " ...(cut; see the DOCX/HTML)";
        return dangerous(t) ? "'" + t : t;
    }
}
