package org.mandatetracker.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A plain HTML table with a caption, column headers and a header cell per row: screen readers announce
 * each figure with its row and column, and it prints as it shows.
 */
final class FigureTable extends NativeTable {

    private final int numberColumns;
    private final int columns;

    /** @param numberColumns how many of the last columns hold numbers, which align right */
    FigureTable(String caption, List<String> headers, int numberColumns) {
        this.numberColumns = numberColumns;
        this.columns = headers.size();
        addClassName("dashboard-table");
        setCaptionText(caption);
        NativeTableRow headerRow = new NativeTableRow();
        headers.forEach(header -> headerRow.addHeaderCell().add(header));
        headerRow.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        getHead().add(headerRow);
    }

    /** A row: its header, then one cell per remaining column. */
    FigureTable row(String header, List<? extends Component> cells) {
        NativeTableRow row = new NativeTableRow();
        NativeTableHeaderCell rowHeader = row.addHeaderCell();
        rowHeader.add(header);
        rowHeader.getElement().setAttribute("scope", "row");
        for (int column = 1; column < columns; column++) {
            NativeTableCell cell = row.addDataCell();
            cell.add(cells.get(column - 1));
            if (column >= columns - numberColumns) {
                cell.addClassName("number");
            }
        }
        getBody().add(row);
        return this;
    }
}
