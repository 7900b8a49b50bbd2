package org.mandatetracker.mandate.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet, streamed: POI keeps a small window of rows in memory and the rest in a temporary file until
 * the workbook is written. The first row is the header, bold and frozen; dates are real dates.
 */
final class XlsxRows implements ExportRows {

    /** Rows POI keeps in memory before it flushes them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet = workbook.createSheet("Mandates");
    private final CellStyle header = workbook.createCellStyle();
    private final CellStyle date = workbook.createCellStyle();
    private int rows;

    XlsxRows(OutputStream out) {
        this.out = out;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void write(List<?> cells) {
        Row row = sheet.createRow(rows);
        for (int column = 0; column < cells.size(); column++) {
            Cell cell = row.createCell(column);
            Object value = cells.get(column);
            if (rows == 0) {
                cell.setCellStyle(header);
            }
            if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
        rows++;
    }

    @Override
    public void close() {
        try (workbook) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
