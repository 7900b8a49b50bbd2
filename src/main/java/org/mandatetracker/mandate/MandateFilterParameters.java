package org.mandatetracker.mandate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.MandateKind;

/**
 * A {@link MandateFilter} as the parameters of an address, the same for the register
 * ({@code /?status=OVERDUE&lead=DPO}) and for the export ({@code /api/mandates/export?format=csv&status=OVERDUE&lead=DPO}),
 * so a bookmarked register and a script ask for the same rows.
 */
public final class MandateFilterParameters {

    public static final String STATUS = "status";
    public static final String ENTITY = "entity";
    public static final String LEAD = "lead";
    public static final String BODY = "body";
    public static final String KIND = "kind";
    public static final String FOCAL_POINT = "focalPoint";
    public static final String DUE_FROM = "dueFrom";
    public static final String DUE_TO = "dueTo";
    public static final String YEAR = "year";
    public static final String TRIAGE = "triage";
    public static final String QUERY = "q";
    /** {@code chains=true}: the whole renewal chains, superseded mandates included. */
    public static final String CHAINS = "chains";
    /** {@code leftOut=true}: the open mandates a renewal left out, to be closed or kept. */
    public static final String LEFT_OUT = "leftOut";
    /** {@code delivered=2026}: the mandates with a report submitted for a cycle due in 2026. */
    public static final String DELIVERED = "delivered";
    /** {@code onTime=true}, with {@link #DELIVERED}: only reports submitted with their symbol by the due date. */
    public static final String ON_TIME = "onTime";
    /** Every parameter a filter is made of. */
    public static final Set<String> NAMES = Set.of(STATUS, ENTITY, LEAD, BODY, KIND, FOCAL_POINT, DUE_FROM, DUE_TO, YEAR,
            TRIAGE, QUERY, CHAINS, LEFT_OUT, DELIVERED, ON_TIME);

    /** Longest accepted entity code, user name or search text. */
    static final int MAX_TEXT_LENGTH = 200;
    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2200;

    private MandateFilterParameters() {
    }

    /** The parameters of a filter, only those it sets, in a fixed order. */
    public static Map<String, String> of(MandateFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, STATUS, filter.status() == null ? null : filter.status().name());
        put(parameters, ENTITY, filter.entity());
        put(parameters, LEAD, filter.leadEntity());
        put(parameters, BODY, filter.body() == null ? null : filter.body().name());
        put(parameters, KIND, filter.kind() == null ? null : filter.kind().name());
        put(parameters, FOCAL_POINT, filter.focalPoint());
        put(parameters, DUE_FROM, filter.dueAfter() == null ? null : filter.dueAfter().toString());
        put(parameters, DUE_TO, filter.dueBefore() == null ? null : filter.dueBefore().toString());
        put(parameters, YEAR, filter.resolutionYear() == null ? null : filter.resolutionYear().toString());
        put(parameters, TRIAGE, filter.triage() ? "true" : null);
        put(parameters, QUERY, filter.query());
        put(parameters, CHAINS, filter.wholeChains() ? "true" : null);
        put(parameters, LEFT_OUT, filter.leftOut() ? "true" : null);
        if (filter.delivered() != null) {
            put(parameters, DELIVERED, String.valueOf(filter.delivered().year()));
            put(parameters, ON_TIME, filter.delivered().onTimeOnly() ? "true" : null);
        }
        return parameters;
    }

    /**
     * The filter that the parameters name, for a script.
     *
     * @throws IllegalArgumentException naming the first parameter whose value means nothing
     */
    public static MandateFilter read(Function<String, String> parameter) {
        return read(parameter, meaningless -> {
            throw meaningless;
        });
    }

    /** The filter that the parameters name, leaving out each value that means nothing (a misspelt status, a wrong date). */
    public static MandateFilter readLeniently(Function<String, String> parameter) {
        return read(parameter, meaningless -> { });
    }

    private static MandateFilter read(Function<String, String> parameter, Consumer<IllegalArgumentException> onMeaningless) {
        Reader reader = new Reader(parameter, onMeaningless);
        return new MandateFilter(
                reader.read(STATUS, StatusFilter::valueOf),
                reader.read(ENTITY, Function.identity()),
                reader.read(LEAD, Function.identity()),
                reader.read(BODY, Body::valueOf),
                reader.read(KIND, MandateKind::valueOf),
                reader.read(FOCAL_POINT, Function.identity()),
                reader.read(DUE_FROM, LocalDate::parse),
                reader.read(DUE_TO, LocalDate::parse),
                reader.read(YEAR, MandateFilterParameters::year),
                Boolean.TRUE.equals(reader.read(TRIAGE, MandateFilterParameters::flag)),
                reader.read(QUERY, Function.identity()),
                Boolean.TRUE.equals(reader.read(CHAINS, MandateFilterParameters::flag)),
                Boolean.TRUE.equals(reader.read(LEFT_OUT, MandateFilterParameters::flag)),
                delivered(reader.read(DELIVERED, MandateFilterParameters::year), reader.read(ON_TIME, MandateFilterParameters::flag)));
    }

    /** "On time" alone says nothing: it narrows the reports of a year. */
    private static MandateFilter.DeliveredReports delivered(Integer year, Boolean onTime) {
        return year == null ? null : new MandateFilter.DeliveredReports(year, Boolean.TRUE.equals(onTime));
    }

    private static Integer year(String text) {
        int year = Integer.parseInt(text);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("out of range");
        }
        return year;
    }

    private static Boolean flag(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("neither true nor false");
        };
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value);
        }
    }

    private record Reader(Function<String, String> parameter, Consumer<IllegalArgumentException> onMeaningless) {

        <T> T read(String name, Function<String, T> parse) {
            String value = parameter.apply(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                if (value.length() > MAX_TEXT_LENGTH) {
                    throw new IllegalArgumentException("longer than " + MAX_TEXT_LENGTH + " characters");
                }
                return parse.apply(value.strip());
            } catch (IllegalArgumentException | DateTimeParseException meaningless) {
                onMeaningless.accept(new IllegalArgumentException("'" + abbreviated(value) + "' is not a valid " + name));
                return null;
            }
        }

        private static String abbreviated(String value) {
            return value.length() <= 40 ? value : value.substring(0, 39) + "…";
        }
    }
}
