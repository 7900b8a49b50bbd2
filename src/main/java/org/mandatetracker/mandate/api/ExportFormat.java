package org.mandatetracker.mandate.api;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** The formats of an export, by the name scripts give them ({@code format=xlsx}). */
enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XlsxRows::new),
    CSV("text/csv; charset=UTF-8", CsvRows::new);

    private final String mediaType;
    private final Function<OutputStream, ExportRows> writer;

    ExportFormat(String mediaType, Function<OutputStream, ExportRows> writer) {
        this.mediaType = mediaType;
        this.writer = writer;
    }

    /** @throws IllegalArgumentException for a name that is none of the formats */
    static ExportFormat named(String name) {
        return Arrays.stream(values()).filter(format -> format.extension().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("format is xlsx or csv, not '"
                        + (name.length() <= 20 ? name : name.substring(0, 20) + "…") + "'"));
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    String mediaType() {
        return mediaType;
    }

    ExportRows open(OutputStream out) {
        return writer.apply(out);
    }
}
