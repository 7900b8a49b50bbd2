package org.mandatetracker.mandate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** One step of the register's order: a column, ascending or descending. Undated mandates stay last either way. */
public record MandateSort(MandateColumn column, boolean descending) {

    /** The order in an address, as the register's grid had it: {@code sort=DUE,-LEAD} ("-" for descending). */
    public static final String PARAMETER = "sort";
    private static final String DESCENDING = "-";

    public MandateSort {
        Objects.requireNonNull(column, "column");
    }

    public static MandateSort ascending(MandateColumn column) {
        return new MandateSort(column, false);
    }

    /** The order as {@link #PARAMETER}'s value; empty for none. */
    public static String parameter(List<MandateSort> sorts) {
        return sorts.stream().map(sort -> (sort.descending() ? DESCENDING : "") + sort.column().name())
                .collect(Collectors.joining(","));
    }

    /**
     * Reads {@link #PARAMETER}'s value; null or blank is no order of its own.
     *
     * @throws IllegalArgumentException for a column the register cannot sort by, or one named twice
     */
    public static List<MandateSort> parse(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return List.of();
        }
        List<MandateSort> sorts = new ArrayList<>();
        for (String written : parameter.split(",", MandateColumn.values().length + 1)) {
            String step = written.strip();
            boolean descending = step.startsWith(DESCENDING);
            MandateColumn column = columnNamed(descending ? step.substring(DESCENDING.length()) : step);
            if (sorts.stream().anyMatch(sort -> sort.column() == column)) {
                throw new IllegalArgumentException("The sort names " + column + " twice");
            }
            sorts.add(new MandateSort(column, descending));
        }
        return sorts;
    }

    private static MandateColumn columnNamed(String name) {
        try {
            return MandateColumn.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("The register cannot sort by '" + (name.length() > 40
                    ? name.substring(0, 39) + "…" : name) + "'; it sorts by " + List.of(MandateColumn.values()));
        }
    }
}
