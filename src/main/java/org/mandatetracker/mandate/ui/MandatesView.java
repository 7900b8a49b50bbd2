package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.mandatetracker.base.ui.DatePickers;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.entity.UnEntity;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.DuePrecision;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateColumn;
import org.mandatetracker.mandate.MandateExportProperties;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandatePage;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.MandateSort;
import org.mandatetracker.mandate.StatusFilter;
import org.mandatetracker.security.CurrentUser;

/**
 * The mandate register: the mandates the filters in the address select, paged, sorted and counted by
 * the database. It opens on the signed-in person's entity (lead or addressee), one click from all.
 */
@Route("")
@Menu(title = "menu.mandates", order = 0)
@PermitAll
class MandatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** {@code ?mandate=42} was a mandate's address in reminder e-mails and calendar feeds: forwarded to its page. */
    static final String MANDATE_PARAMETER = "mandate";
    /** The search field's text as the browser has it when Enter is pressed. */
    private static final String TYPED_VALUE = "element.value";

    private final MandateService mandates;
    private final String ownEntity;
    private final int exportRowLimit;
    /** The listed rows' filter as the export links write it. */
    private String exportQuery = "";
    private final Grid<Mandate> grid = new Grid<>();
    private final Tab mine = new Tab(getTranslation("register.scope.mine"));
    private final Tab all = new Tab(getTranslation("register.scope.all"));
    private final Tabs scope = new Tabs(mine, all);
    private final ComboBox<StatusFilter> status = new ComboBox<>(getTranslation("register.filter.status"));
    private final ComboBox<String> entity = new ComboBox<>(getTranslation("register.filter.entity"));
    private final ComboBox<Body> body = new ComboBox<>(getTranslation("register.filter.body"));
    private final ComboBox<MandateKind> kind = new ComboBox<>(getTranslation("register.filter.kind"));
    private final TextField focalPoint = new TextField(getTranslation("register.filter.focalPoint"));
    private final DatePicker dueFrom = DatePickers.labelled(getTranslation("register.filter.dueFrom"));
    private final DatePicker dueTo = DatePickers.labelled(getTranslation("register.filter.dueTo"));
    private final IntegerField year = new IntegerField(getTranslation("register.filter.year"));
    private final TextField search = new TextField(getTranslation("register.filter.search"));
    /** Off, the default: a renewed mandate shows once, as its current renewal. */
    private final Checkbox wholeChains = new Checkbox(getTranslation("register.filter.wholeChains"));
    /** The open mandates a renewal left out, which their managers close or keep on each one's page. */
    private final Checkbox leftOut = new Checkbox();
    private final Span shown = new Span();
    private final Span linkedFilter = new Span();
    private final HorizontalLayout linkedFilterBar;
    private final Anchor exportXlsx = exportLink(getTranslation("register.export.xlsx"), "export-xlsx");
    private final Anchor exportCsv = exportLink(getTranslation("register.export.csv"), "export-csv");
    /** What the filters select; the address holds it, the fields show it. */
    private MandateFilter filter = MandateFilter.ALL;

    MandatesView(MandateService mandates, EntityService entities, CurrentUser currentUser,
                 MandateExportProperties export) {
        this.mandates = mandates;
        this.ownEntity = currentUser.require().entityCode();
        this.exportRowLimit = export.rowLimit();
        setSizeFull();

        mine.getElement().setAttribute("title", getTranslation("register.scope.mine.tooltip", ownEntity));
        mine.setEnabled(ownEntity != null);
        scope.addSelectedChangeListener(change -> {
            if (change.isFromClient()) {
                show(filter.withEntity(change.getSelectedTab() == mine ? ownEntity : null));
            }
        });
        shown.setId("register-count");
        mine.setId("register-mine");
        all.setId("register-all");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("menu.mandates")), scope, shown, exportXlsx, exportCsv,
                importButton());
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        for (var item : List.of(shown, exportXlsx, exportCsv)) {
            item.getStyle().set("white-space", "nowrap");
        }
        scope.getStyle().set("flex-shrink", "0"); // both choices stay in view, not behind the tabs' scroll arrow
        header.setWidthFull();
        header.expand(shown);

        String language = LocalFormats.locale().getLanguage();
        Map<String, String> entityNames = entities.findAll().stream()
                .collect(Collectors.toMap(UnEntity::code, registered -> registered.name(language)));
        status.setItems(StatusFilter.values());
        status.setItemLabelGenerator(Labels::of);
        entity.setItems(entityNames.keySet().stream().sorted().toList());
        entity.setItemLabelGenerator(code -> entityNames.getOrDefault(code, code) + " (" + code + ")");
        body.setItems(Body.values());
        body.setItemLabelGenerator(Labels::of);
        kind.setItems(MandateKind.values());
        kind.setItemLabelGenerator(Labels::of);
        focalPoint.setPlaceholder(getTranslation("register.filter.focalPoint.placeholder"));
        year.setMin(1945);
        year.setMax(2200);
        search.setPlaceholder(getTranslation("register.filter.search.placeholder"));
        for (TextField text : List.of(focalPoint, search)) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
        }
        year.setValueChangeMode(ValueChangeMode.LAZY);
        // keyboard users press Enter and move on: the search applies then, with the typed value the event
        // carries, not after the lazy pause
        search.getElement().addEventListener("keydown", pressed -> {
            search.setValue(pressed.getEventData().get(TYPED_VALUE).asString());
            show(fromFields());
        }).setFilter("event.key === 'Enter'").addEventData(TYPED_VALUE);
        List<AbstractField<?, ?>> fields = List.of(status, entity, body, kind, focalPoint, dueFrom, dueTo, year, search);
        for (AbstractField<?, ?> field : fields) {
            ((HasClearButton) field).setClearButtonVisible(true);
            field.getElement().getStyle().set("width", "11rem");
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    show(fromFields());
                }
            });
        }
        wholeChains.setTooltipText(getTranslation("register.filter.wholeChains.tooltip"));
        leftOut.setLabel(getTranslation("register.filter.leftOut"));
        leftOut.setTooltipText(getTranslation("register.filter.leftOut.tooltip"));
        for (Checkbox flag : List.of(wholeChains, leftOut)) {
            flag.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    show(fromFields());
                }
            });
        }
        FlexLayout filters = new FlexLayout(fields.toArray(Component[]::new));
        filters.add(wholeChains, leftOut);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "0 var(--lumo-space-m)");
        filters.setWidthFull();

        Button showAll = new Button(getTranslation("register.showAll"), click -> show(MandateFilter.ALL));
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        linkedFilterBar = new HorizontalLayout(linkedFilter, showAll);
        linkedFilterBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        addColumns(entityNames);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.addSortListener(sorted -> pointExportLinks());
        // a click or Space on a row opens the mandate's page
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                UI.getCurrent().navigate(MandatePage.path(selected.getValue().id()));
            }
        });
        add(header, filters, linkedFilterBar, grid);
        setFlexGrow(1, grid);
    }

    /** Widths in rem, not em: the header's smaller font would make its em narrower than the values' below it. */
    private void addColumns(Map<String, String> entityNames) {
        grid.addColumn(Mandate::symbol).setHeader(getTranslation("register.column.resolution")).setSortProperty(MandateColumn.SYMBOL.name())
                .setTooltipGenerator(Mandate::symbol).setWidth("11.5rem").setFlexGrow(0);
        grid.addColumn(Mandate::paragraph).setHeader(getTranslation("register.column.paragraph")).setSortProperty(MandateColumn.PARAGRAPH.name())
                .setWidth("4.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(mandate -> Labels.of(mandate.kind())).setHeader(getTranslation("register.column.kind")).setSortProperty(MandateColumn.KIND.name())
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(MandatesView::whatIsAsked).setHeader(getTranslation("register.column.asked")).setTooltipGenerator(MandatesView::whatIsAsked)
                .setFlexGrow(1).setWidth("10rem");
        grid.addColumn(MandatesView::due).setHeader(getTranslation("register.column.due")).setSortProperty(MandateColumn.DUE.name())
                .setTooltipGenerator(MandatesView::due).setWidth("9rem").setFlexGrow(0);
        String toTriage = getTranslation("register.lead.toTriage");
        String noLead = getTranslation("register.lead.none");
        grid.addColumn(mandate -> mandate.ownerEntity() == null ? toTriage : mandate.ownerEntity())
                .setHeader(getTranslation("register.column.lead")).setSortProperty(MandateColumn.LEAD.name())
                .setTooltipGenerator(mandate -> mandate.ownerEntity() == null ? noLead
                        : entityNames.getOrDefault(mandate.ownerEntity(), mandate.ownerEntity()))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addComponentColumn(MandatesView::statusBadge).setHeader(getTranslation("register.column.status")).setSortProperty(MandateColumn.STATUS.name())
                .setWidth("7.5rem").setFlexGrow(0);
    }

    /** Reads the filter from the address, so a bookmark or a dashboard link opens exactly its rows. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters address = event.getLocation().getQueryParameters();
        var linkedMandate = address.getSingleParameter(MANDATE_PARAMETER).filter(id -> id.matches("\\d{1,18}"));
        if (linkedMandate.isPresent()) {
            event.forwardTo(MandatePage.path(Long.parseLong(linkedMandate.get())));
            return;
        }
        if (MandatesNavigation.isBare(address)) {
            event.forwardTo(MandatesView.class, MandatesNavigation.queryParameters(MandateFilter.ALL.withEntity(ownEntity)));
            return;
        }
        filter = MandatesNavigation.filter(address);
        showInFields(filter);
        refresh();
    }

    /** Puts the filter in the address, which shows it. */
    private void show(MandateFilter requested) {
        UI.getCurrent().navigate(MandatesView.class, MandatesNavigation.queryParameters(requested));
    }

    private MandateFilter fromFields() {
        return new MandateFilter(status.getValue(), entity.getValue(), filter.leadEntity(), body.getValue(),
                kind.getValue(), blankToNull(focalPoint.getValue()), dueFrom.getValue(), dueTo.getValue(),
                year.getValue(), filter.triage(), blankToNull(search.getValue()), wholeChains.getValue(),
                leftOut.getValue(), filter.delivered());
    }

    private void showInFields(MandateFilter shown) {
        status.setValue(shown.status());
        entity.setValue(shown.entity());
        body.setValue(shown.body());
        kind.setValue(shown.kind());
        focalPoint.setValue(shown.focalPoint() == null ? "" : shown.focalPoint());
        dueFrom.setValue(shown.dueAfter());
        dueTo.setValue(shown.dueBefore());
        year.setValue(shown.resolutionYear());
        search.setValue(shown.query() == null ? "" : shown.query());
        wholeChains.setValue(shown.wholeChains());
        leftOut.setValue(shown.leftOut());
        if (shown.entity() == null || Objects.equals(ownEntity, shown.entity())) {
            scope.setSelectedTab(shown.entity() == null ? all : mine);
        } else {
            scope.setSelectedIndex(-1); // another entity, chosen in the field
        }
        linkedFilter.setText(describe(shown));
        linkedFilterBar.setVisible(!linkedFilter.getText().isEmpty());
    }

    private void refresh() {
        MandateFilter listed = filter;
        long total = mandates.count(listed);
        shown.setText(mandateCount(total));
        grid.setItems(query -> mandates.page(listed, sorts(query.getSortOrders()), query.getOffset(), query.getLimit())
                .stream(), query -> (int) Math.min(Integer.MAX_VALUE, total));
        exportQuery = MandatesNavigation.queryParameters(listed).getQueryString();
        boolean exportable = total > 0 && total <= exportRowLimit;
        pointExportLinks();
        for (Anchor link : List.of(exportXlsx, exportCsv)) {
            String format = (link == exportXlsx ? "xlsx" : "csv").toUpperCase(Locale.ROOT);
            link.setEnabled(exportable);
            // a disabled link is no form control: say it to assistive technology (and to contrast checks) too
            link.getElement().setAttribute("aria-disabled", exportable ? "false" : "true");
            link.setTitle(exportable ? getTranslation("register.export.listed", mandateCount(total), format)
                    : total == 0 ? getTranslation("register.export.nothing")
                    : getTranslation("register.export.tooMany", exportRowLimit));
        }
    }

    /** The export links ask for the listed rows in the grid's order of the moment. */
    private void pointExportLinks() {
        String order = MandateSort.parameter(sorts(grid.getSortOrder().stream()
                .flatMap(sorted -> sorted.getSorted().getSortOrder(sorted.getDirection())).toList()));
        for (Anchor link : List.of(exportXlsx, exportCsv)) {
            link.setHref("api/mandates/export?format=" + (link == exportXlsx ? "xlsx" : "csv") + "&" + exportQuery
                    + (order.isEmpty() ? "" : "&" + MandateSort.PARAMETER + "=" + order));
        }
    }

    private static List<MandateSort> sorts(List<QuerySortOrder> orders) {
        return orders.stream().map(order -> new MandateSort(MandateColumn.valueOf(order.getSorted()),
                order.getDirection() == SortDirection.DESCENDING)).toList();
    }

    /** An export link: a plain download, which Vaadin's router must leave to the browser. */
    private static Anchor exportLink(String text, String id) {
        Anchor link = new Anchor("", text);
        link.setId(id);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** Opens the import, whose preview lets the person check each document before it is stored. */
    private Button importButton() {
        Button importing = new Button(getTranslation("register.import"), click -> UI.getCurrent().navigate(ImportView.class));
        importing.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return importing;
    }

    /** The address's filters that have no field of their own, in words: "lead entity DPO, to triage". */
    static String describe(MandateFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.triage()) {
            parts.add(I18NProvider.translate("register.linked.toTriage"));
        }
        if (filter.leadEntity() != null) {
            parts.add(I18NProvider.translate("register.linked.lead", filter.leadEntity()));
        }
        if (filter.delivered() != null) {
            String year = String.valueOf(filter.delivered().year());
            parts.add(filter.delivered().onTimeOnly() ? I18NProvider.translate("register.linked.deliveredOnTime", year)
                    : I18NProvider.translate("register.linked.delivered", year));
        }
        return String.join(", ", parts);
    }

    /** "1 mandate", "1,234 mandates", "1 234 mandats": the number as the reader's language writes it. */
    static String mandateCount(long count) {
        return I18NProvider.translate("register.count", count);
    }

    static String due(Mandate mandate) {
        return due(mandate, session -> I18NProvider.translate("register.due.session", session));
    }

    /** @param sessionName "session 80" in the reader's language; a parameter so that a plain unit test can name it */
    static String due(Mandate mandate, IntFunction<String> sessionName) {
        Mandate.Due due = mandate.due();
        if (due == null) {
            return "";
        }
        if (due.precision() == DuePrecision.SESSION && due.session() != null) {
            return sessionName.apply(due.session()) + (due.date() == null ? "" : " (" + date(due) + ")");
        }
        return due.date() == null ? due.text() : date(due);
    }

    private static String whatIsAsked(Mandate mandate) {
        return mandate.deliverable() == null ? mandate.text() : mandate.deliverable();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The due date, with "≈" before one computed from a body's session rules. */
    private static String date(Mandate.Due due) {
        return (due.estimated() ? "≈ " : "") + LocalFormats.date(due.date());
    }

    private static Span statusBadge(Mandate mandate) {
        Span badge = new Span(Labels.of(mandate.status()));
        badge.getElement().getThemeList().add(switch (mandate.status()) {
            case OVERDUE -> "badge error";
            case DONE -> "badge success";
            case DISMISSED, SUPERSEDED, NO_DATE -> "badge contrast";
            case OPEN -> "badge";
        });
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.mandates"));
    }
}
