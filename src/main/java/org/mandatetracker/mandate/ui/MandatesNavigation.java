package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mandatetracker.mandate.Body;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateStatus;

/**
 * The way into the mandate register from other views: a filter travels in the address
 * ({@code /?status=OVERDUE&lead=DPO&dueFrom=2026-01-01&dueTo=2026-01-31}), so a link can be shared and
 * the register shows exactly the rows the link was made for.
 */
public final class MandatesNavigation {

    static final String STATUS = "status";
    static final String ENTITY = "entity";
    static final String LEAD = "lead";
    static final String BODY = "body";
    static final String DUE_FROM = "dueFrom";
    static final String DUE_TO = "dueTo";
    static final String TRIAGE = "triage";
    static final String QUERY = "q";

    private MandatesNavigation() {
    }

    /** A link to the register showing the rows the filter selects. */
    public static RouterLink link(String text, MandateFilter filter) {
        RouterLink link = new RouterLink(text, MandatesView.class);
        link.setQueryParameters(queryParameters(filter));
        return link;
    }

    /** Opens the register showing the rows the filter selects. */
    public static void open(MandateFilter filter) {
        UI.getCurrent().navigate(MandatesView.class, queryParameters(filter));
    }

    static QueryParameters queryParameters(MandateFilter filter) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, STATUS, filter.status() == null ? null : filter.status().name());
        put(parameters, ENTITY, filter.entity());
        put(parameters, LEAD, filter.leadEntity());
        put(parameters, BODY, filter.body() == null ? null : filter.body().name());
        put(parameters, DUE_FROM, filter.dueAfter() == null ? null : filter.dueAfter().toString());
        put(parameters, DUE_TO, filter.dueBefore() == null ? null : filter.dueBefore().toString());
        put(parameters, TRIAGE, filter.triage() ? "true" : null);
        put(parameters, QUERY, filter.query());
        return new QueryParameters(parameters);
    }

    /** The filter in the address; a value that means nothing (a misspelt status, a wrong date) is left out. */
    static MandateFilter filter(QueryParameters parameters) {
        return new MandateFilter(
                read(parameters, STATUS, MandateStatus::valueOf),
                read(parameters, ENTITY, Function.identity()),
                read(parameters, LEAD, Function.identity()),
                read(parameters, BODY, Body::valueOf),
                read(parameters, DUE_FROM, LocalDate::parse),
                read(parameters, DUE_TO, LocalDate::parse),
                Boolean.TRUE.equals(read(parameters, TRIAGE, Boolean::valueOf)),
                read(parameters, QUERY, Function.identity()));
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, List.of(value));
        }
    }

    private static <T> T read(QueryParameters parameters, String name, Function<String, T> parse) {
        Optional<String> value = parameters.getSingleParameter(name).filter(text -> !text.isBlank());
        try {
            return value.map(parse).orElse(null);
        } catch (IllegalArgumentException | DateTimeParseException meaningless) {
            return null;
        }
    }
}
