package org.mandatetracker.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Opening days of the sessions of the General Assembly, the Human Rights Council and the Economic and
 * Social Council, so that "at its seventy-seventh session" becomes a date. Immutable; the built-in
 * table ({@code session-calendar.csv}) holds the known days and the application may pass its own.
 * A session the calendar does not know has no date: none is invented.
 */
public final class SessionCalendar {

    private static final String RESOURCE = "/org/mandatetracker/extraction/session-calendar.csv";

    private final Map<String, Map<Integer, LocalDate>> openings;

    /** @param openings opening day by session number, by body code */
    public SessionCalendar(Map<String, Map<Integer, LocalDate>> openings) {
        Map<String, Map<Integer, LocalDate>> copy = new HashMap<>();
        openings.forEach((body, days) -> copy.put(body, Map.copyOf(days)));
        this.openings = Map.copyOf(copy);
    }

    public static SessionCalendar builtIn() {
        Map<String, Map<Integer, LocalDate>> openings = new HashMap<>();
        try (InputStream in = SessionCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split(",");
                openings.computeIfAbsent(fields[0].strip(), k -> new HashMap<>())
                        .put(Integer.parseInt(fields[1].strip()), LocalDate.parse(fields[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new SessionCalendar(openings);
    }

    /** The opening day of a body's session, if known. */
    public Optional<LocalDate> opening(String body, int session) {
        return Optional.ofNullable(openings.getOrDefault(body, Map.of()).get(session));
    }

    /** The last day of a session: the day before the next one opens, if that is known. */
    public Optional<LocalDate> closing(String body, int session) {
        return opening(body, session + 1).map(next -> next.minusDays(1));
    }

    /** The year in which the General Assembly's regular session of this number opens. */
    public static int generalAssemblyOpeningYear(int session) {
        return 1945 + session;
    }
}
