package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateFilterParameters;

/**
 * The way into the mandate register from other views: a filter travels in the address
 * ({@code /?status=OVERDUE&lead=DPO&dueFrom=2026-01-01&dueTo=2026-01-31}, see {@link MandateFilterParameters}),
 * so a link can be shared and the register shows exactly the rows the link was made for. The bare address
 * opens on the signed-in person's entity; {@code ?all=true} is every mandate.
 */
public final class MandatesNavigation {

    /** Every mandate, written only where no filter is set: the bare address means "my entity". */
    static final String ALL = "all";

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
        MandateFilterParameters.of(filter).forEach((name, value) -> parameters.put(name, List.of(value)));
        if (parameters.isEmpty()) {
            parameters.put(ALL, List.of("true"));
        }
        return new QueryParameters(parameters);
    }

    /** The filter in the address; a value that means nothing (a misspelt status, a wrong date) is left out. */
    static MandateFilter filter(QueryParameters parameters) {
        return MandateFilterParameters.readLeniently(name -> parameters.getSingleParameter(name).orElse(null));
    }

    /** Whether the address names no filter and not "all" either: the register then opens on the person's entity. */
    static boolean isBare(QueryParameters parameters) {
        return parameters.getParameters().isEmpty();
    }
}
