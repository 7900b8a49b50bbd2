package org.mandatetracker.mandate;

import java.util.Objects;

/** One step of the register's order: a column, ascending or descending. Undated mandates stay last either way. */
public record MandateSort(MandateColumn column, boolean descending) {

    public MandateSort {
        Objects.requireNonNull(column, "column");
    }

    public static MandateSort ascending(MandateColumn column) {
        return new MandateSort(column, false);
    }
}
