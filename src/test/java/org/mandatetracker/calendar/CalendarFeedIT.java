package org.mandatetracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandatetracker.AssignedReports;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.TestUsers;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.ReportingCycle;
import org.mandatetracker.security.Language;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/** Deadlines as iCalendar, parsed back: signed in, and through the secret feed address; in the person's language. */
@IntegrationTest
class CalendarFeedIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    MandateService mandates;
    @Autowired
    UserService users;
    private WebClientSession client;

    @BeforeEach
    void client() {
        client = new WebClientSession(port);
    }

    @Test
    void theFocalPointsCalendarHasItsTaskAndItsEntitysMandatesWithStableUidsUrlsAndAlarms() throws IOException {
        String taskId = reportAssignedToStaff();

        HttpResponse<String> response = client.getWithBasic("/api/calendar.ics", "staff", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=utf-8");
        VEvent prepare = event(response.body(), "task-" + taskId + "@mandate-tracker");
        assertThat(prepare.getSummary().getValue()).startsWith("Prepare report · ");
        assertThat(day(prepare)).isEqualTo(LocalDate.of(2021, 8, 19));
        assertThat(prepare.getUrl().getValue()).startsWith("http://localhost:8080/mandates/");
        assertThat(prepare.getAlarms()).hasSize(1);
        assertThat(prepare.getSequence().getValue()).isPositive();
        assertThat(prepare.getDateTimeStamp()).isNotNull();
        assertThat(parse(response.body()).getEvents()).extracting(event -> event.getUid().getValue())
                .anyMatch(uid -> uid.startsWith("mandate-"));
        assertThat(client.getWithBasic("/api/calendar.ics", "staff", PASSWORD).body())
                .as("the same UID on the next fetch").contains("UID:task-" + taskId + "@mandate-tracker");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aFrenchSpeakingFocalPointsCalendarIsInFrench() throws IOException {
        String focalPoint = TestUsers.fresh(users, "fr", "Francophone", Role.STAFF);
        users.setLanguage(focalPoint, Language.FR);
        String symbol = TestResolutions.freshSymbol();
        AssignedReports.importAndAssign(client, json, symbol, focalPoint);

        String body = client.getWithBasic("/api/calendar.ics", focalPoint, TestUsers.PASSWORD).body();

        // the task: its step and its title; the entity's mandates: their due date
        assertThat(parse(body).getEvents()).extracting(event -> event.getSummary().getValue())
                .anyMatch(summary -> summary.startsWith("Établir le rapport · " + symbol + " par. 25 : a report to the Security Council"))
                .anyMatch(summary -> summary.startsWith("Échéance : "))
                .noneMatch(summary -> summary.contains(" para. ") || summary.startsWith("Due: ") || summary.startsWith("Prepare"));
    }

    @Test
    void theSecretAddressServesTheFeedWithoutSignInUntilRenewedOrRevoked() throws IOException {
        String taskId = reportAssignedToStaff();
        String url = feedUrl("GET");
        assertThat(feedUrl("GET")).as("the same address until renewed").isEqualTo(url);
        assertThat(url).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");

        HttpResponse<String> subscribed = fetchAnonymously(url);
        assertThat(subscribed.statusCode()).isEqualTo(200);
        event(subscribed.body(), "task-" + taskId + "@mandate-tracker");

        String renewed = feedUrl("POST");
        assertThat(renewed).isNotEqualTo(url);
        assertThat(fetchAnonymously(url).statusCode()).isEqualTo(404);
        assertThat(fetchAnonymously(renewed).statusCode()).isEqualTo(200);

        assertThat(client.sendJson("DELETE", "/api/calendar/feed", null, "staff", PASSWORD).statusCode()).isEqualTo(204);
        assertThat(fetchAnonymously(renewed).statusCode()).isEqualTo(404);
        assertThat(new WebClientSession(port).get("/api/calendar.ics").statusCode()).as("signed in only").isEqualTo(401);
    }

    @Test
    void aMandateWhoseDateMovesIsAChangedEventForBothCalendarLibraries() throws Exception {
        long mandateId = AssignedReports.importAndAssign(client, json, TestResolutions.freshSymbol(), "staff").get("id").asLong();
        String uid = "mandate-" + mandateId + "@mandate-tracker";
        VEvent before = event(client.getWithBasic("/api/calendar.ics", "staff", PASSWORD).body(), uid);
        assertThat(day(before)).isEqualTo(LocalDate.of(2021, 9, 30));

        mandates.recordSubmittedCycle(mandateId, new ReportingCycle(1, LocalDate.of(2021, 9, 30), "S/2021/800",
                Instant.now()), LocalDate.of(2022, 9, 30));

        String body = client.getWithBasic("/api/calendar.ics", "staff", PASSWORD).body();
        VEvent after = event(body, uid);
        assertThat(day(after)).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(after.getSequence().getValue()).isGreaterThan(before.getSequence().getValue());
        assertThat(after.getLastModified()).isNotNull();

        net.fortuna.ical4j.model.Calendar parsed = new CalendarBuilder().build(new StringReader(body));
        net.fortuna.ical4j.model.component.VEvent same = parsed.<net.fortuna.ical4j.model.component.VEvent>getComponents(Component.VEVENT)
                .stream().filter(event -> uid.equals(event.getProperty(Property.UID).orElseThrow().getValue()))
                .findFirst().orElseThrow();
        assertThat(same.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20220930");
        assertThat(same.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo(String.valueOf(after.getSequence().getValue()));
        assertThat(same.getProperty(Property.URL).orElseThrow().getValue()).endsWith(String.valueOf(mandateId));
        assertThat(same.getAlarms()).hasSize(1);
    }

    private String feedUrl(String method) throws IOException {
        HttpResponse<String> response = client.sendJson(method, "/api/calendar/feed", null, "staff", PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("url").asText();
    }

    /** The secret address on this test's server (the product's base URL names the default port), signed in to nothing. */
    private HttpResponse<String> fetchAnonymously(String url) {
        return new WebClientSession(port).get(URI.create(url).getPath());
    }

    private static ICalendar parse(String body) {
        List<ICalendar> calendars = Biweekly.parse(body).all();
        assertThat(calendars).hasSize(1);
        return calendars.get(0);
    }

    private static VEvent event(String body, String uid) {
        return parse(body).getEvents().stream().filter(event -> uid.equals(event.getUid().getValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid + " in\n" + body));
    }

    private static LocalDate day(VEvent event) {
        return event.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    /** Seed 000 with DPO leading and staff as focal point: the draft report is due on 19 August 2021. */
    private String reportAssignedToStaff() throws IOException {
        long mandateId = AssignedReports.importAndAssign(client, json, TestResolutions.freshSymbol(), "staff").get("id").asLong();
        JsonNode tasks = json.readTree(client.getWithBasic("/api/tasks?assignee=me&mandate=" + mandateId, "staff",
                PASSWORD).body());
        return tasks.get(0).get("id").asText();
    }
}
