package org.mandatetracker.mandate.api;

import java.util.function.Function;
import org.mandatetracker.mandate.Mandate;

/** The columns of an export, the same in every format: a text, a whole number, or a date. */
enum ExportColumn {
    ID("Id", Mandate::id),
    RESOLUTION("Resolution", Mandate::symbol),
    BODY("Body", mandate -> mandate.body().label()),
    PARAGRAPH("Paragraph", Mandate::paragraph),
    KIND("Kind", mandate -> mandate.kind().label()),
    VERB("Verb", Mandate::verb),
    ADDRESSEES("Addressees", mandate -> String.join(", ", mandate.addressees())),
    WHAT_IS_ASKED("What is asked", mandate -> mandate.deliverable() == null ? mandate.text() : mandate.deliverable()),
    DUE("Due", mandate -> mandate.due() == null ? null : mandate.due().date()),
    DUE_ESTIMATED("Due estimated", mandate -> mandate.due() != null && mandate.due().estimated() ? "yes" : ""),
    DUE_IN_WORDS("Deadline in the text", mandate -> mandate.due() == null ? null : mandate.due().text()),
    RECURRENCE("Recurrence", Mandate::recurrence),
    LEAD("Lead entity", Mandate::ownerEntity),
    FOCAL_POINT("Focal point", Mandate::focalPoint),
    STATUS("Status", mandate -> mandate.status().label());

    private final String header;
    private final Function<Mandate, Object> value;

    ExportColumn(String header, Function<Mandate, Object> value) {
        this.header = header;
        this.value = value;
    }

    String header() {
        return header;
    }

    /** A {@code String}, {@code Long} or {@code LocalDate}, or {@code null} for an empty cell. */
    Object valueOf(Mandate mandate) {
        return value.apply(mandate);
    }
}
