package org.mandatetracker.mandate.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mandatetracker.extraction.ExtractionResult.Evidence;
import org.mandatetracker.extraction.ExtractionResult.Span;

/**
 * A mandate's evidence in one short column: {@code verb=3-11;addressees=15-36,40-50;deadline=80-95;deliverable=20-60},
 * each part only when extraction found it. Stored rather than searched for again, because the same words
 * can stand twice in a paragraph and only extraction knows which it read.
 */
@Converter
public class EvidenceColumn implements AttributeConverter<Evidence, String> {

    private static final String VERB = "verb";
    private static final String ADDRESSEES = "addressees";
    private static final String DEADLINE = "deadline";
    private static final String DELIVERABLE = "deliverable";

    @Override
    public String convertToDatabaseColumn(Evidence evidence) {
        if (evidence == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        part(parts, VERB, evidence.verb() == null ? List.of() : List.of(evidence.verb()));
        part(parts, ADDRESSEES, evidence.addressees());
        part(parts, DEADLINE, evidence.deadline() == null ? List.of() : List.of(evidence.deadline()));
        part(parts, DELIVERABLE, evidence.deliverable() == null ? List.of() : List.of(evidence.deliverable()));
        return String.join(";", parts);
    }

    @Override
    public Evidence convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        Span verb = null;
        Span deadline = null;
        Span deliverable = null;
        List<Span> addressees = List.of();
        for (String part : column.split(";")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                continue;
            }
            List<Span> spans = spans(part.substring(equals + 1));
            switch (part.substring(0, equals)) {
                case VERB -> verb = spans.get(0);
                case ADDRESSEES -> addressees = spans;
                case DEADLINE -> deadline = spans.get(0);
                case DELIVERABLE -> deliverable = spans.get(0);
                default -> {
                    // a part a later version writes: this one ignores it
                }
            }
        }
        return new Evidence(verb, addressees, deadline, deliverable);
    }

    private static void part(List<String> parts, String name, List<Span> spans) {
        if (!spans.isEmpty()) {
            parts.add(name + "=" + spans.stream().map(span -> span.start() + "-" + span.end())
                    .collect(Collectors.joining(",")));
        }
    }

    private static List<Span> spans(String written) {
        List<Span> spans = new ArrayList<>();
        for (String span : written.split(",")) {
            int dash = span.indexOf('-');
            spans.add(new Span(Integer.parseInt(span.substring(0, dash)), Integer.parseInt(span.substring(dash + 1))));
        }
        return spans;
    }
}
