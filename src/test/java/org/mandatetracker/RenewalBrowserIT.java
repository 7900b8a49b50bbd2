package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.mandatetracker.workflow.MandateProcesses;
import org.mandatetracker.workflow.WorkflowProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The journey on the real UNMISS pair: S/RES/2677 (2023) imported and its report every 90 days
 * assigned to a new focal point; S/RES/2729 (2024) imported through the preview, which proposes the
 * renewal with its reasons; accepted, the focal point has one report task, due on the renewal's date,
 * and the mandate's page shows both resolutions. H2 only, as the other browser tests.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class RenewalBrowserIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;
    @Autowired
    TaskService camundaTasks;
    @Autowired
    WorkflowProperties workflow;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theRenewalProposedInThePreviewAndAcceptedLeavesTheFocalPointOneReportTaskOnTheNewDate(@TempDir Path files)
            throws Exception {
        UnmissPair pair = UnmissPair.fresh();
        String focalPoint = TestUsers.fresh(users, "dpo", "Fatou Focal", Role.STAFF);
        WebClientSession client = new WebClientSession(port);
        long earlier = pair.importEarlier(client, json).get("32");
        HttpResponse<String> assigned = client.sendJson("PUT", "/api/mandates/" + earlier + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"" + focalPoint + "\"}", "manager", PASSWORD);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        Path renewalFile = Files.writeString(files.resolve("S-RES-" + pair.laterNumber() + "-2024.txt"), pair.laterDocument());

        Browser.walk(port, "renewal", browser -> {
            browser.signIn("manager", PASSWORD);
            browser.open("/import");
            browser.upload(renewalFile);
            browser.waitForText(pair.earlierSymbol() + " para. 32 (score");
            assertThat(browser.textOf(".renewal-proposals")).as("the match says why").contains("UNMISS");
            browser.clickButton("Accept all renewals");
            browser.clickButton("Confirm");
            browser.waitForText("Imported as ");

            long renewal = mandateOf(pair.laterSymbol(), "24");
            browser.open("/mandates/" + renewal);
            browser.waitForText("Renewals");
            assertThat(browser.textOf(".mandate-lineage")).contains(pair.earlierSymbol() + " para. 32",
                    pair.laterSymbol() + " para. 24 · ");
        });

        long renewal = mandateOf(pair.laterSymbol(), "24");
        List<Task> focalPointsTasks = camundaTasks.createTaskQuery().taskAssignee(focalPoint).list();
        assertThat(focalPointsTasks).as("one report task, not one per resolution").hasSize(1);
        Task report = focalPointsTasks.get(0);
        assertThat(report.getTaskDefinitionKey()).isEqualTo(MandateProcesses.TASK_PREPARE_REPORT);
        assertThat(report.getProcessInstanceId())
                .isEqualTo(jdbc.queryForObject("select process_instance_id from mandate where id = ?", String.class, renewal));
        LocalDate reportingDate = jdbc.queryForObject("select due_date from mandate where id = ?", Date.class, renewal)
                .toLocalDate();
        assertThat(report.getDueDate().toInstant().atZone(workflow.zone()).toLocalDate())
                .as("the draft is due its lead time before the renewal's reporting date")
                .isEqualTo(reportingDate.minus(workflow.reportLeadTime()));
    }

    private long mandateOf(String symbol, String paragraph) {
        return jdbc.queryForObject("select m.id from mandate m join imported_document d on d.id = m.document_id"
                + " where d.symbol = ? and m.paragraph = ?", Long.class, symbol, paragraph);
    }
}
