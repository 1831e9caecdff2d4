package org.threatloom.evidence.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** One sheet being written: a frozen, filtered header row, then rows of text (always text cells) and numbers. */
final class Sheet {
    private final SXSSFSheet sheet;
    private final Styles styles;
    private final int columns;
    private int next;
    private Row row;
    private int col;

    /** The workbook's shared cell styles. */
    record Styles(CellStyle header, CellStyle text, CellStyle quoted, CellStyle wrap) {}

    Sheet(SXSSFWorkbook wb, Styles styles, String name, String[] headers, int[] widthsInChars) {
        this.sheet = wb.createSheet(name);
        this.styles = styles;
        this.columns = headers.length;
        Row h = sheet.createRow(next++);
        for (int i = 0; i < headers.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers[i]);
            c.setCellStyle(styles.header());
            sheet.setColumnWidth(i, Math.min(255, widthsInChars[i]) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    Sheet row() {
        row = sheet.createRow(next++);
        col = 0;
        return this;
    }

    Sheet text(String value) {
        Cell c = row.createCell(col++);
        String safe = CellText.safe(value);
        c.setCellValue(safe);
        c.setCellStyle(!safe.isEmpty() && safe.charAt(0) == '\'' ? styles.quoted() : safe.indexOf('\n') >= 0 ? styles.wrap() : styles.text());
        return this;
    }

    Sheet number(long value) {
        row.createCell(col++).setCellValue(value);
        return this;
    }

    Sheet bool(boolean value) {
        row.createCell(col++).setCellValue(value);
        return this;
    }

    /** Sets the filter over the header and every written row. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns - 1));
    }
}
