package org.mandatetracker.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.mandatetracker.dashboard.Dashboard;
import org.mandatetracker.dashboard.Dashboard.Count;
import org.mandatetracker.dashboard.Dashboard.EntityDelivery;
import org.mandatetracker.dashboard.Dashboard.MonthDeadlines;
import org.mandatetracker.dashboard.Dashboard.Row;
import org.mandatetracker.dashboard.Dashboard.Share;
import org.mandatetracker.dashboard.Dashboard.ShortList;
import org.mandatetracker.dashboard.DashboardProperties;
import org.mandatetracker.dashboard.DashboardScope;
import org.mandatetracker.dashboard.DashboardService;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.ui.MandatesNavigation;

/**
 * The deadline dashboard, the managers' landing page: what is overdue and due soon, by lead entity and
 * by body, deadlines per month, on-time delivery of reports, and the lists that need action. Read from
 * the database each time it opens; every number opens the register with exactly its mandates.
 */
@Route("dashboard")
@Menu(title = "menu.dashboard", order = -10)
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final DashboardService dashboards;
    private final VerticalLayout content = new VerticalLayout();

    DashboardView(DashboardService dashboards, DashboardProperties properties) {
        this.dashboards = dashboards;
        // static files, not part of Vaadin's frontend bundle
        UI.getCurrent().getPage().addJavaScript(properties.chartScript());
        UI.getCurrent().getPage().addJavaScript("/dashboard-assets/charts.js");
        UI.getCurrent().getPage().addStyleSheet("/dashboard-assets/dashboard.css");

        List<DashboardScope> scopes = dashboards.scopes();
        RadioButtonGroup<DashboardScope> scope = new RadioButtonGroup<>("Show");
        scope.addClassName("dashboard-scope");
        scope.setItems(scopes);
        scope.setItemLabelGenerator(DashboardScope::label);
        scope.setValue(scopes.get(0));
        scope.setVisible(scopes.size() > 1);
        scope.addValueChangeListener(change -> show(dashboards.dashboard(change.getValue())));
        HorizontalLayout header = new HorizontalLayout(new H2("Dashboard"), scope);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        content.setPadding(false);
        add(header, content);
        show(dashboards.dashboard(scopes.get(0)));
    }

    private void show(Dashboard dashboard) {
        content.removeAll();
        content.add(new Paragraph("Deadlines as of " + DATE.format(dashboard.today())
                        + ". Every number opens the register with exactly those mandates."),
                figures(dashboard),
                breakdown("By lead entity", "Lead entity", dashboard, dashboard.byLeadEntity()),
                breakdown("By body", "Body", dashboard, dashboard.byBody()),
                new H3("Deadlines per month"), deadlines(dashboard.months()),
                new H3("On-time delivery of reports"), delivery(dashboard),
                new H3("Overdue"), overdue(dashboard));
        dashboard.triageQueue().ifPresent(queue -> content.add(new H3("Triage queue"), triage(dashboard, queue)));
    }

    private static Component figures(Dashboard dashboard) {
        HorizontalLayout figures = new HorizontalLayout();
        figures.addClassName("dashboard-figures");
        for (Dashboard.Figure figure : dashboard.figures()) {
            RouterLink link = MandatesNavigation.link("", figure.total().rows());
            link.addClassName("dashboard-figure");
            link.setId("figure-" + figure.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            Span value = new Span(number(figure.total().value()));
            value.addClassName("value");
            Span label = new Span(figure.label());
            label.addClassName("label");
            link.add(value, label);
            figures.add(link);
        }
        return figures;
    }

    private static Component breakdown(String caption, String rowHeader, Dashboard dashboard, List<Row> rows) {
        List<String> headers = new ArrayList<>(List.of(rowHeader));
        dashboard.figures().forEach(figure -> headers.add(figure.label()));
        FigureTable table = new FigureTable(caption, headers, dashboard.figures().size());
        rows.forEach(row -> table.row(row.label(), row.counts().stream().map(DashboardView::link).toList()));
        table.row("All", dashboard.figures().stream().map(figure -> link(figure.total())).toList());
        return table;
    }

    private static Component deadlines(List<MonthDeadlines> months) {
        List<String> labels = months.stream().map(month -> MONTH.format(month.month())).toList();
        BarChart chart = new BarChart("Deadlines per month, stacked by status: on time, late and done", labels, List.of(
                series("On time", "--lumo-primary-color", months, MonthDeadlines::onTime),
                series("Late", "--lumo-error-color", months, MonthDeadlines::late),
                series("Done", "--lumo-success-color", months, MonthDeadlines::done)), true, "", null);
        FigureTable table = new FigureTable("Deadlines per month", List.of("Month", "On time", "Late", "Done"), 3);
        months.forEach(month -> table.row(MONTH.format(month.month()),
                List.of(link(month.onTime()), link(month.late()), link(month.done()))));
        return withTable(chart, table);
    }

    private static BarChart.Series series(String label, String color, List<MonthDeadlines> months,
                                          Function<MonthDeadlines, Count> count) {
        return new BarChart.Series(label, color, months.stream().map(count).map(Count::value).toList(),
                months.stream().map(count).map(Count::rows).toList());
    }

    private static Component delivery(Dashboard dashboard) {
        List<EntityDelivery> entities = dashboard.delivery();
        if (entities.isEmpty()) {
            return new Paragraph("No report was due in " + (dashboard.year() - 1) + " or " + dashboard.year()
                    + " among the submitted cycles.");
        }
        String lastYear = String.valueOf(dashboard.year() - 1);
        String thisYear = String.valueOf(dashboard.year());
        // a share is no count of mandates: these bars open nothing
        BarChart chart = new BarChart("Share of submitted report cycles delivered on or before their due date, by lead entity",
                entities.stream().map(EntityDelivery::leadEntity).toList(), List.of(
                new BarChart.Series(lastYear, "--lumo-contrast-50pct",
                        entities.stream().map(entity -> entity.lastYear().percent().orElse(0L)).toList(), null),
                new BarChart.Series(thisYear, "--lumo-primary-color",
                        entities.stream().map(entity -> entity.thisYear().percent().orElse(0L)).toList(), null)),
                false, "%", 100);
        FigureTable table = new FigureTable("On-time delivery of reports", List.of("Lead entity", lastYear, thisYear), 2);
        entities.forEach(entity -> table.row(entity.leadEntity(),
                List.of(new Text(share(entity.lastYear())), new Text(share(entity.thisYear())))));
        return withTable(chart, new VerticalLayout(table, new Paragraph(
                "Cycles due in the year whose report was submitted; on time when its symbol was recorded"
                        + " on or before the due date.")));
    }

    private static Component withTable(BarChart chart, Component table) {
        Details figures = new Details("Figures as a table", table);
        VerticalLayout section = new VerticalLayout(chart, figures);
        section.setPadding(false);
        return section;
    }

    private static Component overdue(Dashboard dashboard) {
        ShortList overdue = dashboard.overdue();
        FigureTable table = new FigureTable("Overdue mandates, the latest first",
                List.of("Resolution", "Para.", "Deliverable", "Focal point", "Days late"), 1);
        overdue.first().forEach(mandate -> table.row(mandate.symbol(), List.of(new Text(mandate.paragraph()),
                new Text(whatIsAsked(mandate)), new Text(mandate.focalPoint() == null ? "to triage" : mandate.focalPoint()),
                new Text(number(dashboard.daysLate(mandate))))));
        return withShowAll(table, overdue, "overdue");
    }

    private static Component triage(Dashboard dashboard, ShortList queue) {
        FigureTable table = new FigureTable("Mandates waiting for a lead entity, the longest waiting first",
                List.of("Resolution", "Para.", "What is asked", "Addressed to", "Days waiting"), 1);
        queue.first().forEach(mandate -> table.row(mandate.symbol(), List.of(new Text(mandate.paragraph()),
                new Text(whatIsAsked(mandate)), new Text(String.join(", ", mandate.addressees())),
                new Text(number(dashboard.daysWaiting(mandate))))));
        return withShowAll(table, queue, "waiting for triage");
    }

    private static Component withShowAll(FigureTable table, ShortList list, String what) {
        if (list.all().value() == 0) {
            return new Paragraph("None.");
        }
        RouterLink all = MandatesNavigation.link("Show all " + number(list.all().value()) + " " + what + " in the register",
                list.all().rows());
        VerticalLayout section = new VerticalLayout(table, all);
        section.setPadding(false);
        return section;
    }

    private static String whatIsAsked(Mandate mandate) {
        String asked = mandate.deliverable() == null || mandate.deliverable().isBlank() ? mandate.text() : mandate.deliverable();
        return asked.length() <= 160 ? asked : asked.substring(0, 159) + "…";
    }

    private static String share(Share share) {
        return share.percent().map(percent -> share.onTime() + " of " + share.cycles() + " (" + percent + " %)")
                .orElse("none due");
    }

    private static RouterLink link(Count count) {
        return MandatesNavigation.link(number(count.value()), count.rows());
    }

    private static String number(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.dashboard"));
    }
}
