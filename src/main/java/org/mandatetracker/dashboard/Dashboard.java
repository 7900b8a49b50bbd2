package org.mandatetracker.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.mandatetracker.base.Translatable;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateFilter;

/**
 * The deadline dashboard as the database counted it on {@code today}. Every count carries the filter
 * of the mandates it counts, so a figure links to exactly its rows in the register.
 *
 * @param scopes       the scopes the signed-in person may switch between, the default first
 * @param figures      the columns of the breakdowns, with their totals
 * @param byLeadEntity one row per lead entity, the own entity first and "to triage" last
 * @param byBody       one row per body that adopts resolutions
 * @param triageQueue  the mandates waiting for triage, for managers and admins
 */
public record Dashboard(LocalDate today, ZoneId zone, DashboardScope scope, List<DashboardScope> scopes,
                        List<Figure> figures, List<Row> byLeadEntity, List<Row> byBody, List<MonthDeadlines> months,
                        int year, List<EntityDelivery> delivery, ShortList overdue, Optional<ShortList> triageQueue) {

    /** A number of mandates and the filter that selects them. */
    public record Count(long value, MandateFilter rows) {
    }

    /**
     * A column of the breakdowns: what it counts (in English, and as a kind with its number of days for
     * other languages) and how many in all.
     */
    public record Figure(String label, DashboardFigure kind, int days, Count total) {
    }

    /**
     * A row of a breakdown: one count per figure, in the order of {@link Dashboard#figures()}; its label is
     * an entity's code or, when {@code named} is not null, that value's English words.
     */
    public record Row(String label, Translatable named, List<Count> counts) {
    }

    /** The deadlines of one month, by where the mandates stand. */
    public record MonthDeadlines(YearMonth month, Count onTime, Count late, Count done) {
    }

    /**
     * Reports submitted for the cycles due in a year, and how many of them with their symbol on or before the
     * due date; with the filters of the mandates they were submitted for (a mandate may report more than once a year).
     */
    public record Share(long onTime, long cycles, MandateFilter onTimeMandates, MandateFilter submittedMandates) {
        /** The on-time share in whole percent, or empty when nothing was due. */
        public Optional<Long> percent() {
            return cycles == 0 ? Optional.empty() : Optional.of(Math.round(100.0 * onTime / cycles));
        }
    }

    /** On-time delivery of one lead entity, last year and this year. */
    public record EntityDelivery(String leadEntity, Share lastYear, Share thisYear) {
    }

    /** The first mandates of a list, and all of them as a count. */
    public record ShortList(List<Mandate> first, Count all) {
    }

    /** Days since the mandate fell due. */
    public long daysLate(Mandate mandate) {
        return ChronoUnit.DAYS.between(mandate.due().date(), today);
    }

    /** Days since the mandate's resolution was imported. */
    public long daysWaiting(Mandate mandate) {
        return ChronoUnit.DAYS.between(mandate.importedAt().atZone(zone).toLocalDate(), today);
    }
}
