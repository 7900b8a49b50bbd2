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
import com.vaadin.flow.i18n.I18NProvider;
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
import java.util.stream.Collectors;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.dashboard.Dashboard.Count;
import org.mandatetracker.dashboard.Dashboard.EntityDelivery;
import org.mandatetracker.dashboard.Dashboard.MonthDeadlines;
import org.mandatetracker.dashboard.Dashboard.Row;
import org.mandatetracker.dashboard.Dashboard.Share;
import org.mandatetracker.dashboard.Dashboard.ShortList;
import org.mandatetracker.dashboard.Dashboard;
import org.mandatetracker.dashboard.DashboardProperties;
import org.mandatetracker.dashboard.DashboardScope;
import org.mandatetracker.dashboard.DashboardService;
import org.mandatetracker.entity.EntityService;
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

    private static final String ON_TIME_MARK = "\u0000";
    private static final String SUBMITTED_MARK = "\u0001";

    private final DashboardService dashboards;
    private final EntityService entities;
    private final VerticalLayout content = new VerticalLayout();

    DashboardView(DashboardService dashboards, DashboardProperties properties, EntityService entities) {
        this.dashboards = dashboards;
        this.entities = entities;
        // static files, not part of Vaadin's frontend bundle
        UI.getCurrent().getPage().addJavaScript(properties.chartScript());
        UI.getCurrent().getPage().addJavaScript("/dashboard-assets/charts.js");
        UI.getCurrent().getPage().addStyleSheet("/dashboard-assets/dashboard.css");

        List<DashboardScope> scopes = dashboards.scopes();
        RadioButtonGroup<DashboardScope> scope = new RadioButtonGroup<>(getTranslation("dashboard.show"));
        scope.addClassName("dashboard-scope");
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Labels::of);
        scope.setValue(scopes.get(0));
        scope.setVisible(scopes.size() > 1);
        scope.addValueChangeListener(change -> show(dashboards.dashboard(change.getValue())));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("menu.dashboard")), scope);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        content.setPadding(false);
        add(header, content);
        show(dashboards.dashboard(scopes.get(0)));
    }

    private void show(Dashboard dashboard) {
        content.removeAll();
        content.add(new Paragraph(getTranslation("dashboard.asOf",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(dashboard.today()))),
                figures(dashboard),
                breakdown(getTranslation("dashboard.byLeadEntity"), getTranslation("dashboard.leadEntity"), dashboard,
                        dashboard.byLeadEntity()),
                breakdown(getTranslation("dashboard.byBody"), getTranslation("dashboard.body"), dashboard, dashboard.byBody()),
                new H3(getTranslation("dashboard.months")), deadlines(dashboard.months()),
                new H3(getTranslation("dashboard.delivery")), delivery(dashboard),
                new H3(getTranslation("dashboard.overdue")), overdue(dashboard));
        dashboard.triageQueue().ifPresent(queue -> content.add(new H3(getTranslation("dashboard.triage")),
                triage(dashboard, queue)));
    }

    private static Component figures(Dashboard dashboard) {
        HorizontalLayout figures = new HorizontalLayout();
        figures.addClassName("dashboard-figures");
        for (Dashboard.Figure figure : dashboard.figures()) {
            RouterLink link = MandatesNavigation.link("", figure.total().rows());
            link.addClassName("dashboard-figure");
            // the English label names the figure for tests and scripts, in every language
            link.setId("figure-" + figure.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            Span value = new Span(number(figure.total().value()));
            value.addClassName("value");
            Span label = new Span(inWords(figure));
            label.addClassName("label");
            link.add(value, label);
            figures.add(link);
        }
        return figures;
    }

    private static Component breakdown(String caption, String rowHeader, Dashboard dashboard, List<Row> rows) {
        List<String> headers = new ArrayList<>(List.of(rowHeader));
        dashboard.figures().forEach(figure -> headers.add(inWords(figure)));
        FigureTable table = new FigureTable(caption, headers, dashboard.figures().size());
        rows.forEach(row -> table.row(row.named() == null ? row.label() : Labels.of(row.named()),
                row.counts().stream().map(DashboardView::link).toList()));
        table.row(I18NProvider.translate("dashboard.all"), dashboard.figures().stream().map(figure -> link(figure.total())).toList());
        return table;
    }

    private static Component deadlines(List<MonthDeadlines> months) {
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", LocalFormats.locale());
        List<String> labels = months.stream().map(month -> monthFormat.format(month.month())).toList();
        String onTime = I18NProvider.translate("dashboard.onTime");
        String late = I18NProvider.translate("dashboard.late");
        String done = I18NProvider.translate("dashboard.done");
        BarChart chart = new BarChart(I18NProvider.translate("dashboard.months.description"), labels, List.of(
                series(onTime, "--lumo-primary-color", months, MonthDeadlines::onTime),
                series(late, "--lumo-error-color", months, MonthDeadlines::late),
                series(done, "--lumo-success-color", months, MonthDeadlines::done)), true, "", null);
        FigureTable table = new FigureTable(I18NProvider.translate("dashboard.months"),
                List.of(I18NProvider.translate("dashboard.month"), onTime, late, done), 3);
        months.forEach(month -> table.row(monthFormat.format(month.month()),
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
            return new Paragraph(I18NProvider.translate("dashboard.delivery.none", String.valueOf(dashboard.year() - 1),
                    String.valueOf(dashboard.year())));
        }
        String lastYear = String.valueOf(dashboard.year() - 1);
        String thisYear = String.valueOf(dashboard.year());
        // a bar is a share: it opens the mandates whose reports were on time
        BarChart chart = new BarChart(I18NProvider.translate("dashboard.delivery.description"),
                entities.stream().map(EntityDelivery::leadEntity).toList(), List.of(
                shareSeries(lastYear, "--lumo-contrast-50pct", entities, EntityDelivery::lastYear),
                shareSeries(thisYear, "--lumo-primary-color", entities, EntityDelivery::thisYear)),
                false, "%", 100);
        FigureTable table = new FigureTable(I18NProvider.translate("dashboard.delivery"),
                List.of(I18NProvider.translate("dashboard.leadEntity"), lastYear, thisYear), 2);
        entities.forEach(entity -> table.row(entity.leadEntity(),
                List.of(share(entity.lastYear()), share(entity.thisYear()))));
        return withTable(chart, new VerticalLayout(table, new Paragraph(I18NProvider.translate("dashboard.delivery.note"))));
    }

    private static Component withTable(BarChart chart, Component table) {
        Details figures = new Details(I18NProvider.translate("dashboard.asTable"), table);
        VerticalLayout section = new VerticalLayout(chart, figures);
        section.setPadding(false);
        return section;
    }

    private static Component overdue(Dashboard dashboard) {
        ShortList overdue = dashboard.overdue();
        FigureTable table = new FigureTable(I18NProvider.translate("dashboard.overdue.caption"),
                List.of(I18NProvider.translate("dashboard.resolution"), I18NProvider.translate("dashboard.paragraph"),
                        I18NProvider.translate("dashboard.deliverable"), I18NProvider.translate("dashboard.focalPoint"),
                        I18NProvider.translate("dashboard.daysLate")), 1);
        overdue.first().forEach(mandate -> table.row(mandate.symbol(), List.of(new Text(mandate.paragraph()),
                new Text(whatIsAsked(mandate)), new Text(mandate.focalPoint() == null ? I18NProvider.translate("dashboard.toTriage") : mandate.focalPoint()),
                new Text(number(dashboard.daysLate(mandate))))));
        return withShowAll(table, overdue, I18NProvider.translate("dashboard.overdue.showAll", overdue.all().value()));
    }

    private Component triage(Dashboard dashboard, ShortList queue) {
        FigureTable table = new FigureTable(I18NProvider.translate("dashboard.triage.caption"),
                List.of(I18NProvider.translate("dashboard.resolution"), I18NProvider.translate("dashboard.paragraph"),
                        I18NProvider.translate("dashboard.asked"), I18NProvider.translate("dashboard.addressees"),
                        I18NProvider.translate("dashboard.daysWaiting")), 1);
        queue.first().forEach(mandate -> table.row(mandate.symbol(), List.of(new Text(mandate.paragraph()),
                new Text(whatIsAsked(mandate)), new Text(names(mandate.addressees())),
                new Text(number(dashboard.daysWaiting(mandate))))));
        return withShowAll(table, queue, I18NProvider.translate("dashboard.triage.showAll", queue.all().value()));
    }

    /** The addressees by their names in the reader's language, as the mandate's page names them. */
    private String names(List<String> codes) {
        String language = LocalFormats.locale().getLanguage();
        return codes.stream().map(code -> entities.find(code).map(entity -> entity.name(language)).orElse(code))
                .collect(Collectors.joining(", "));
    }

    private static Component withShowAll(FigureTable table, ShortList list, String showAll) {
        if (list.all().value() == 0) {
            return new Paragraph(I18NProvider.translate("dashboard.none"));
        }
        RouterLink all = MandatesNavigation.link(showAll, list.all().rows());
        VerticalLayout section = new VerticalLayout(table, all);
        section.setPadding(false);
        return section;
    }

    private static String whatIsAsked(Mandate mandate) {
        String asked = mandate.deliverable() == null || mandate.deliverable().isBlank() ? mandate.text() : mandate.deliverable();
        return asked.length() <= 160 ? asked : asked.substring(0, 159) + "…";
    }

    private static BarChart.Series shareSeries(String label, String color, List<EntityDelivery> entities,
                                               Function<EntityDelivery, Share> year) {
        return new BarChart.Series(label, color, entities.stream().map(year).map(share -> share.percent().orElse(0L)).toList(),
                entities.stream().map(year).map(Share::onTimeMandates).toList());
    }

    /** "3 of 4 (75 %)", where 3 opens the mandates reported on time and 4 those reported at all. */
    private static Component share(Share share) {
        if (share.percent().isEmpty()) {
            return new Text(I18NProvider.translate("dashboard.share.none"));
        }
        // the sentence is translated with two marks where the links go, whatever order a language puts them in
        String sentence = I18NProvider.translate("dashboard.share", ON_TIME_MARK, SUBMITTED_MARK, share.percent().get());
        Span cell = new Span();
        for (String part : sentence.split("(?=[" + ON_TIME_MARK + SUBMITTED_MARK + "])|(?<=[" + ON_TIME_MARK + SUBMITTED_MARK + "])")) {
            cell.add(switch (part) {
                case ON_TIME_MARK -> MandatesNavigation.link(number(share.onTime()), share.onTimeMandates());
                case SUBMITTED_MARK -> MandatesNavigation.link(number(share.cycles()), share.submittedMandates());
                default -> new Text(part);
            });
        }
        return cell;
    }

    private static RouterLink link(Count count) {
        return MandatesNavigation.link(number(count.value()), count.rows());
    }

    private static String number(long value) {
        return LocalFormats.number(value);
    }

    private static String inWords(Dashboard.Figure figure) {
        return I18NProvider.translate(figure.kind().messageKey(), figure.days());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.dashboard"));
    }
}
