package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.mandate.MandateTally.Tallied;

/** Which mandates a filter selects in the tally's terms, and which of its dates the tally's whole months leave out. */
class MandateTallyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void overdueIsOpenAndDueUpToYesterdayOfWhichThisMonthIsCountedFromTheMandates() {
        Tallied overdue = tallied(MandateFilter.ALL.withStatus(StatusFilter.OVERDUE));
        assertThat(overdue.statuses()).containsExactly(MandateStatus.OPEN);
        assertThat(overdue.undated()).isFalse();
        assertThat(overdue.dueTo()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(parts(overdue)).containsExactly(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aRangeAcrossMonthsLeavesItsFirstAndLastMonthsToTheMandates() {
        Tallied dueSoon = tallied(MandateFilter.ALL.withStatus(StatusFilter.DUE_WITHIN_30_DAYS));
        assertThat(parts(dueSoon)).containsExactly(List.of(TODAY, LocalDate.of(2026, 12, 31)),
                List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aRangeWithinOneMonthIsOnePartAndWholeMonthsNone() {
        assertThat(parts(tallied(MandateFilter.ALL.withDueBetween(TODAY, LocalDate.of(2026, 12, 20)))))
                .containsExactly(List.of(TODAY, LocalDate.of(2026, 12, 20)));
        assertThat(parts(tallied(MandateFilter.ALL.withStatus(MandateStatus.DONE)
                .withDueBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))).isEmpty();
    }

    @Test
    void everyMandateButTheSupersededUnlessWholeChains() {
        Tallied all = tallied(MandateFilter.ALL);
        assertThat(all.statuses()).containsExactlyInAnyOrder(MandateStatus.OPEN, MandateStatus.DONE, MandateStatus.DISMISSED);
        assertThat(all.undated()).isTrue();
        assertThat(all.dated()).isTrue();
        assertThat(parts(all)).isEmpty();
        assertThat(tallied(MandateFilter.ALL.withWholeChains(true)).statuses()).contains(MandateStatus.SUPERSEDED);
        assertThat(tallied(MandateFilter.ALL.withStatus(MandateStatus.NO_DATE)).dated()).isFalse();
    }

    @Test
    void triageWithinOneEntityAndTwoStatusesSelectNothing() {
        Tallied ownEntity = tallied(MandateFilter.ALL.withLeadEntity("DPO"));
        assertThat(ownEntity.and(tallied(MandateFilter.ALL.withTriage(true))).none()).isTrue();
        assertThat(tallied(MandateFilter.ALL.withStatus(MandateStatus.DONE))
                .and(tallied(MandateFilter.ALL.withStatus(MandateStatus.DISMISSED))).none()).isTrue();
        assertThat(ownEntity.and(tallied(MandateFilter.ALL.withStatus(MandateStatus.OVERDUE))).none()).isFalse();
    }

    @Test
    void filtersByWhatTheTallyDoesNotCountAreLeftToTheMandates() {
        assertThat(Tallied.of(MandateFilter.ALL.withFocalPoint("staff"), TODAY)).isEmpty();
        assertThat(Tallied.of(MandateFilter.ALL.withKind(MandateKind.REPORT), TODAY)).isEmpty();
        assertThat(Tallied.of(MandateFilter.ALL.withEntity("DPO"), TODAY)).isEmpty();
        assertThat(Tallied.of(MandateFilter.ALL.withQuery("report"), TODAY)).isEmpty();
    }

    private static Tallied tallied(MandateFilter filter) {
        return Tallied.of(filter, TODAY).orElseThrow();
    }

    private static List<List<LocalDate>> parts(Tallied tallied) {
        return tallied.partMonths().stream().map(List::of).toList();
    }
}
