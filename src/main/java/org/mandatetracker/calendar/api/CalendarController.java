package org.mandatetracker.calendar.api;

import java.util.Map;
import org.mandatetracker.calendar.CalendarService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deadlines as iCalendar: the signed-in caller's under {@code /api}, and for calendar programs that
 * cannot sign in a secret address per person, {@code /calendar/{token}.ics}, managed under
 * {@code /api/calendar/feed}.
 */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/api/calendar.ics")
    ResponseEntity<String> myCalendar() {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(calendars.myDeadlines());
    }

    @GetMapping("/api/calendar/feed")
    Map<String, String> feed() {
        return Map.of("url", calendars.feedUrl());
    }

    @PostMapping("/api/calendar/feed")
    Map<String, String> renew() {
        return Map.of("url", calendars.renewFeed());
    }

    @DeleteMapping("/api/calendar/feed")
    ResponseEntity<Void> revoke() {
        calendars.revokeFeed();
        return ResponseEntity.noContent().build();
    }

    /** Public: the token is the credential. An unknown or revoked one is 404, like any missing page. */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feedByToken(@PathVariable String token) {
        return calendars.deadlinesForToken(token)
                .map(body -> ResponseEntity.ok().contentType(TEXT_CALENDAR).body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
