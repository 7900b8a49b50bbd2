package org.mandatetracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.mandatetracker.base.Translatable;
import org.mandatetracker.dashboard.Dashboard.Count;
import org.mandatetracker.dashboard.Dashboard.EntityDelivery;
import org.mandatetracker.dashboard.Dashboard.Figure;
import org.mandatetracker.dashboard.Dashboard.MonthDeadlines;
import org.mandatetracker.dashboard.Dashboard.Row;
import org.mandatetracker.dashboard.Dashboard.Share;
import org.mandatetracker.dashboard.Dashboard.ShortList;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.mandate.MandateFigures.Delivery;
import org.mandatetracker.mandate.MandateFilter.DeliveredReports;
import org.mandatetracker.mandate.MandateFigures;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateGrouping;
import org.mandatetracker.mandate.MandateGrouping.LeadAndBody;
import org.mandatetracker.mandate.MandateOrder;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.MandateStatus;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' deadline dashboard: counts, deadlines per month, on-time delivery and the two lists
 * that need action, read from the database on every call (nothing is cached, so a completed task
 * shows at the next visit). Everyone sees what the register shows them; the scope narrows it further.
 */
@Service
public class DashboardService {

    private static final String TO_TRIAGE = "To triage";
    /** The bodies that adopt the resolutions the product reads, always shown even when they have no mandate. */
    private static final EnumSet<Body> MAIN_BODIES = EnumSet.complementOf(EnumSet.of(Body.OTHER));

    private final MandateFigures figures;
    private final MandateService mandates;
    private final CurrentUser currentUser;
    private final DashboardProperties properties;
    private final Clock clock;

    DashboardService(MandateFigures figures, MandateService mandates, CurrentUser currentUser,
                     DashboardProperties properties, Clock clock) {
        this.figures = figures;
        this.mandates = mandates;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** The scopes the signed-in person may choose, their default first. */
    @PreAuthorize("isAuthenticated()")
    public List<DashboardScope> scopes() {
        return scopesOf(currentUser.require());
    }

    /** The dashboard in the requested scope, or in the person's default one when that scope is not theirs. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Dashboard dashboard(DashboardScope requested) {
        UserAccount user = currentUser.require();
        List<DashboardScope> scopes = scopesOf(user);
        DashboardScope scope = scopes.contains(requested) ? requested : scopes.get(0);
        MandateFilter inScope = scope == DashboardScope.OWN_ENTITY
                ? MandateFilter.ALL.withLeadEntity(user.entityCode()) : MandateFilter.ALL;
        LocalDate today = LocalDate.now(clock);

        List<String> labels = new ArrayList<>();
        List<DashboardFigure> kinds = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        List<MandateFilter> columns = new ArrayList<>();
        labels.add("Overdue");
        kinds.add(DashboardFigure.OVERDUE);
        days.add(0);
        columns.add(inScope.withStatus(MandateStatus.OVERDUE));
        for (int within : properties.dueWithinDays()) {
            labels.add("Due within " + within + " days");
            kinds.add(DashboardFigure.DUE_WITHIN);
            days.add(within);
            columns.add(inScope.withStatus(MandateStatus.OPEN).withDueBetween(today, today.plusDays(within)));
        }
        labels.add("No date");
        kinds.add(DashboardFigure.NO_DATE);
        days.add(0);
        columns.add(inScope.withStatus(MandateStatus.NO_DATE));
        // no completion date is stored: "done this year" are the done mandates that were due this year
        labels.add("Done, due this year");
        kinds.add(DashboardFigure.DONE_THIS_YEAR);
        days.add(0);
        columns.add(inScope.withStatus(MandateStatus.DONE)
                .withDueBetween(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear())));

        // one grouped query gives both tables: each of its groups adds to its lead entity's row and its body's row
        Map<LeadAndBody, long[]> perLeadAndBody = figures.count(MandateGrouping.LEAD_ENTITY_AND_BODY, inScope, columns);
        Map<Optional<String>, long[]> perLead = summed(perLeadAndBody, LeadAndBody::leadEntity);
        List<Row> byLeadEntity = rows(MandateGrouping.LEAD_ENTITY, perLead, columns,
                lead -> lead.orElse(TO_TRIAGE), lead -> lead.isEmpty() ? DashboardRow.TO_TRIAGE : null,
                leadOrder(user.entityCode()));
        Map<Body, long[]> perBody = new TreeMap<>(summed(perLeadAndBody, LeadAndBody::body));
        MAIN_BODIES.forEach(body -> perBody.putIfAbsent(body, new long[columns.size()]));
        List<Row> byBody = rows(MandateGrouping.BODY, perBody, columns, Body::label, body -> body,
                Comparator.naturalOrder());

        long[] totals = new long[columns.size()];
        perLead.values().forEach(counts -> IntStream.range(0, totals.length).forEach(i -> totals[i] += counts[i]));
        List<Figure> figureTotals = IntStream.range(0, columns.size())
                .mapToObj(i -> new Figure(labels.get(i), kinds.get(i), days.get(i), new Count(totals[i], columns.get(i))))
                .toList();

        ShortList overdue = new ShortList(mandates.first(columns.get(0), MandateOrder.EARLIEST_DUE_FIRST,
                properties.listLength()), figureTotals.get(0).total());
        Optional<ShortList> triageQueue = user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN)
                ? Optional.of(triageQueue()) : Optional.empty();
        return new Dashboard(today, clock.getZone(), scope, scopes, figureTotals, byLeadEntity, byBody,
                months(inScope, today), today.getYear(), delivery(inScope, today.getYear(), user.entityCode()),
                overdue, triageQueue);
    }

    private List<MonthDeadlines> months(MandateFilter inScope, LocalDate today) {
        DeadlineMonths window = DeadlineMonths.around(today, properties.monthsBack(), properties.monthsAhead());
        List<MandateFilter> statuses = List.of(inScope.withStatus(MandateStatus.OPEN),
                inScope.withStatus(MandateStatus.OVERDUE), inScope.withStatus(MandateStatus.DONE));
        Map<YearMonth, long[]> counted = figures.count(MandateGrouping.DUE_MONTH,
                inScope.withDueBetween(window.firstDay(), window.lastDay()), statuses);
        List<YearMonth> months = window.months();
        List<long[]> perMonth = window.fill(counted, statuses.size());
        return IntStream.range(0, months.size()).mapToObj(i -> {
            YearMonth month = months.get(i);
            IntFunction<Count> count = status -> new Count(perMonth.get(i)[status],
                    MandateGrouping.DUE_MONTH.narrow(statuses.get(status), month));
            return new MonthDeadlines(month, count.apply(0), count.apply(1), count.apply(2));
        }).toList();
    }

    private List<EntityDelivery> delivery(MandateFilter inScope, int year, String ownEntity) {
        Map<String, Share[]> byEntity = new TreeMap<>(Comparator.comparing(Optional::of, leadOrder(ownEntity)));
        for (Delivery delivery : figures.deliveryByLeadEntity(inScope, year - 1, year)) {
            Share[] shares = byEntity.computeIfAbsent(delivery.leadEntity(), entity -> new Share[] {
                    share(inScope, entity, year - 1, 0, 0), share(inScope, entity, year, 0, 0)});
            shares[delivery.year() == year ? 1 : 0] = share(inScope, delivery.leadEntity(), delivery.year(),
                    delivery.onTime(), delivery.cycles());
        }
        return byEntity.entrySet().stream()
                .map(entry -> new EntityDelivery(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
    }

    private static Share share(MandateFilter inScope, String leadEntity, int year, long onTime, long cycles) {
        MandateFilter ofTheEntity = MandateGrouping.LEAD_ENTITY.narrow(inScope, Optional.ofNullable(leadEntity));
        return new Share(onTime, cycles, ofTheEntity.withDelivered(new DeliveredReports(year, true)),
                ofTheEntity.withDelivered(new DeliveredReports(year, false)));
    }

    private ShortList triageQueue() {
        MandateFilter waiting = MandateFilter.ALL.withTriage(true);
        long all = figures.count(MandateGrouping.LEAD_ENTITY, waiting, List.of(waiting)).values().stream()
                .mapToLong(counts -> counts[0]).sum();
        return new ShortList(mandates.first(waiting, MandateOrder.LONGEST_WAITING_FIRST, properties.listLength()),
                new Count(all, waiting));
    }

    /** The counts of the groups added up by {@code key}, figure by figure. */
    private static <K> Map<K, long[]> summed(Map<LeadAndBody, long[]> counted, Function<LeadAndBody, K> key) {
        Map<K, long[]> sums = new HashMap<>();
        counted.forEach((group, counts) -> {
            long[] sum = sums.computeIfAbsent(key.apply(group), k -> new long[counts.length]);
            IntStream.range(0, counts.length).forEach(i -> sum[i] += counts[i]);
        });
        return sums;
    }

    private static <K> List<Row> rows(MandateGrouping<K> grouping, Map<K, long[]> counted, List<MandateFilter> columns,
                                      Function<K, String> label, Function<K, Translatable> named,
                                      Comparator<K> order) {
        return counted.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(order))
                .map(entry -> new Row(label.apply(entry.getKey()), named.apply(entry.getKey()),
                        IntStream.range(0, columns.size())
                        .mapToObj(i -> new Count(entry.getValue()[i], grouping.narrow(columns.get(i), entry.getKey())))
                        .toList()))
                .toList();
    }

    /** The person's own entity first, then the others by code, the triage queue last. */
    private static Comparator<Optional<String>> leadOrder(String ownEntity) {
        return Comparator.<Optional<String>, Boolean>comparing(Optional::isEmpty)
                .thenComparing(lead -> !lead.equals(Optional.ofNullable(ownEntity)))
                .thenComparing(lead -> lead.orElse(""));
    }

    private static List<DashboardScope> scopesOf(UserAccount user) {
        if (user.hasRole(Role.ADMIN)) {
            return List.of(DashboardScope.ALL, DashboardScope.OWN_ENTITY);
        }
        if (user.hasRole(Role.MANAGER)) {
            return List.of(DashboardScope.OWN_ENTITY, DashboardScope.ALL);
        }
        return List.of(DashboardScope.OWN_ENTITY);
    }
}
