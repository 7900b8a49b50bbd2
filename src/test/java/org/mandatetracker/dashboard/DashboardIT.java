package org.mandatetracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandatetracker.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.dashboard.Dashboard.Count;
import org.mandatetracker.dashboard.Dashboard.Row;
import org.mandatetracker.mandate.ImportResult;
import org.mandatetracker.mandate.ImportService;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateFigures;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.workflow.MandateTaskService;
import org.mandatetracker.workflow.WorkflowTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The dashboard on real data, on H2 and MariaDB: a resolution is imported, its report mandate assigned
 * and its report submitted, and the figures move with each step. Every figure counts exactly the rows
 * its link opens in the register. The MariaDB database keeps earlier runs' mandates, so figures are
 * compared before and after, never to fixed numbers.
 */
@IntegrationTest
class DashboardIT {

    private static final String REPORT_PARAGRAPH = "25";

    @Autowired
    DashboardService dashboards;
    @Autowired
    ImportService imports;
    @Autowired
    MandateService mandates;
    @Autowired
    MandateFigures figures;
    @Autowired
    MandateTaskService tasks;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFiguresFollowImportAssignmentAndCompletion() {
        Dashboard before = as("admin", "ADMIN", () -> dashboards.dashboard(DashboardScope.ALL));
        ImportResult imported = importAsManager(TestResolutions::seed000As);
        Mandate report = imported.mandates().stream().filter(mandate -> REPORT_PARAGRAPH.equals(mandate.paragraph()))
                .findFirst().orElseThrow();
        long importedOverdue = imported.mandates().stream().filter(mandate -> mandate.status().name().equals("OVERDUE"))
                .count();

        Dashboard afterImport = as("admin", "ADMIN", () -> dashboards.dashboard(DashboardScope.ALL));
        assertThat(overdue(afterImport) - overdue(before)).isEqualTo(importedOverdue).isPositive();
        assertThat(afterImport.triageQueue().orElseThrow().all().value()
                - before.triageQueue().orElseThrow().all().value()).isEqualTo(imported.mandates().size());
        assertThat(cell(afterImport, "To triage", 0) - cell(before, "To triage", 0)).isEqualTo(importedOverdue);

        as("manager", "MANAGER", () -> mandates.assignOwner(report.id(), "DPO", "staff"));
        Dashboard afterAssignment = as("admin", "ADMIN", () -> dashboards.dashboard(DashboardScope.ALL));
        assertThat(cell(afterAssignment, "DPO", 0) - cell(afterImport, "DPO", 0)).isEqualTo(1);
        assertThat(cell(afterAssignment, "To triage", 0) - cell(afterImport, "To triage", 0)).isEqualTo(-1);
        assertThat(overdue(afterAssignment)).isEqualTo(overdue(afterImport));
        int dueYear = report.due().date().getYear();
        long deliveredBefore = deliveredByDpo(dueYear)[0];

        complete(report, "staff", "STAFF", Map.of());
        complete(report, "manager", "MANAGER", Map.of("approved", true));
        complete(report, "staff", "STAFF", Map.of("documentSymbol", "S/2021/1"));

        Dashboard afterCompletion = as("admin", "ADMIN", () -> dashboards.dashboard(DashboardScope.ALL));
        assertThat(cell(afterCompletion, "DPO", 0) - cell(afterAssignment, "DPO", 0)).isEqualTo(-1);
        assertThat(overdue(afterCompletion) - overdue(afterAssignment)).isEqualTo(-1);
        long[] delivered = deliveredByDpo(dueYear);
        assertThat(delivered[0] - deliveredBefore).as("one more cycle submitted").isEqualTo(1);
        assertThat(delivered[1]).as("submitted years after its due date: none on time").isZero();

        // the register finds it among DPO's mandates reported for that year, but not among those reported on time
        MandateFilter reportedByDpo = MandateFilter.ALL.withLeadEntity("DPO")
                .withDelivered(new MandateFilter.DeliveredReports(dueYear, false));
        assertThat(as("admin", "ADMIN", () -> mandates.find(reportedByDpo))).extracting(Mandate::id).contains(report.id());
        assertThat(as("admin", "ADMIN", () -> mandates.find(reportedByDpo.withDelivered(
                new MandateFilter.DeliveredReports(dueYear, true))))).extracting(Mandate::id).doesNotContain(report.id());
    }

    @Test
    void everyFigureCountsTheRowsItsLinkOpens() {
        importAsManager(TestResolutions::resolution2461As);
        for (String[] user : new String[][] {{"admin", "ADMIN"}, {"manager", "MANAGER"}, {"staff", "STAFF"}}) {
            as(user[0], user[1], () -> {
                for (DashboardScope scope : dashboards.scopes()) {
                    Dashboard dashboard = dashboards.dashboard(scope);
                    counts(dashboard).forEach(count ->
                            assertThat(mandates.find(count.rows())).as(user[0] + " " + scope + " " + count.rows())
                                    .hasSize((int) count.value()));
                    // a share counts reports, and a mandate may report more than once a year: at least one, at most that many
                    dashboard.delivery().stream().flatMap(entity -> Stream.of(entity.lastYear(), entity.thisYear()))
                            .forEach(share -> {
                                assertThat(mandates.find(share.onTimeMandates()).size())
                                        .isBetween(share.onTime() == 0 ? 0 : 1, (int) share.onTime());
                                assertThat(mandates.find(share.submittedMandates()).size())
                                        .isBetween(share.cycles() == 0 ? 0 : 1, (int) share.cycles());
                            });
                }
                return null;
            });
        }
    }

    @Test
    void staffSeeTheirEntityOnlyAndNoTriageQueue() {
        Dashboard dashboard = as("staff", "STAFF", () -> dashboards.dashboard(DashboardScope.ALL));
        assertThat(dashboard.scope()).isEqualTo(DashboardScope.OWN_ENTITY);
        assertThat(dashboard.scopes()).containsExactly(DashboardScope.OWN_ENTITY);
        assertThat(dashboard.byLeadEntity()).extracting(Row::label).allMatch("DPO"::equals);
        assertThat(dashboard.triageQueue()).isEmpty();
    }

    @Test
    void aManagerSeesTheirEntityFirstAndMaySwitchToAll() {
        List<DashboardScope> scopes = as("manager", "MANAGER", () -> dashboards.scopes());
        assertThat(scopes).containsExactly(DashboardScope.OWN_ENTITY, DashboardScope.ALL);
        Dashboard all = as("manager", "MANAGER", () -> dashboards.dashboard(DashboardScope.ALL));
        // resolutions are public: everything a manager can see is every mandate, as an admin's dashboard counts them
        Dashboard admins = as("admin", "ADMIN", () -> dashboards.dashboard(DashboardScope.ALL));
        assertThat(all.figures()).isEqualTo(admins.figures());
    }

    /** Imports under a symbol no earlier run used, named explicitly: a text's title may still give the original. */
    private ImportResult importAsManager(Function<String, String> resolutionAs) {
        String symbol = TestResolutions.freshSymbol();
        return as("manager", "MANAGER", () -> imports.importDocument("resolution.txt", "text/plain",
                resolutionAs.apply(symbol).getBytes(StandardCharsets.UTF_8), symbol));
    }

    private static Stream<Count> counts(Dashboard dashboard) {
        return Stream.of(
                dashboard.figures().stream().map(Dashboard.Figure::total),
                Stream.concat(dashboard.byLeadEntity().stream(), dashboard.byBody().stream()).flatMap(row -> row.counts().stream()),
                dashboard.months().stream().flatMap(month -> Stream.of(month.onTime(), month.late(), month.done())),
                dashboard.triageQueue().map(Dashboard.ShortList::all).stream())
                .flatMap(counts -> counts);
    }

    private static long overdue(Dashboard dashboard) {
        return dashboard.figures().get(0).total().value();
    }

    /** The count in a row of the lead-entity breakdown; 0 when the row is not there. */
    private static long cell(Dashboard dashboard, String leadEntity, int figure) {
        return dashboard.byLeadEntity().stream().filter(row -> row.label().equals(leadEntity)).findFirst()
                .map(row -> row.counts().get(figure).value()).orElse(0L);
    }

    private long[] deliveredByDpo(int year) {
        return as("admin", "ADMIN", () -> figures.deliveryByLeadEntity(MandateFilter.ALL, year, year))
                .stream().filter(delivery -> "DPO".equals(delivery.leadEntity())).findFirst()
                .map(delivery -> new long[] {delivery.cycles(), delivery.onTime()}).orElse(new long[2]);
    }

    private void complete(Mandate mandate, String username, String role, Map<String, Object> variables) {
        as(username, role, () -> {
            Optional<WorkflowTask> task = tasks.visibleTasks(false, mandate.id()).stream().findFirst();
            tasks.complete(task.orElseThrow().id(), variables);
            return null;
        });
    }

}
