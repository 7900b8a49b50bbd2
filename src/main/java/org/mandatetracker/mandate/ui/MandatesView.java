package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.util.unit.DataSize;
import org.mandatetracker.base.MandateTrackerProperties;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.mandate.DocumentTooLargeException;
import org.mandatetracker.mandate.DuplicateDocumentException;
import org.mandatetracker.mandate.ImportBusyException;
import org.mandatetracker.mandate.ImportRejectedException;
import org.mandatetracker.mandate.ImportResult;
import org.mandatetracker.mandate.ImportService;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.MandateStatus;

/** The mandate register: every mandate the signed-in person may see, soonest due first. */
@Route("")
@PageTitle("Mandates · Mandate Tracker")
@Menu(title = "Mandates", order = 0)
@PermitAll
class MandatesView extends VerticalLayout implements BeforeEnterObserver {

    /** {@code ?mandate=42} opens that mandate: the links in reminder e-mails and calendar feeds. */
    static final String MANDATE_PARAMETER = "mandate";

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

    private final MandateService mandates;
    private final Grid<Mandate> grid = new Grid<>();
    private final ComboBox<MandateStatus> status = new ComboBox<>("Status");
    private final TextField search = new TextField("Search");
    private final Span shown = new Span();
    private final Span linkedFilter = new Span();
    private final HorizontalLayout linkedFilterBar;
    /** What the address asked for beyond the status and search fields, e.g. the lead entity of a dashboard figure. */
    private MandateFilter addressFilter = MandateFilter.ALL;
    private final MandateDetails details;

    MandatesView(MandateService mandates, MandateDetails details, ImportService imports,
                 MandateTrackerProperties properties) {
        this.mandates = mandates;
        this.details = details;
        setSizeFull();

        status.setItems(MandateStatus.values());
        status.setItemLabelGenerator(MandateStatus::label);
        status.setClearButtonVisible(true);
        status.addValueChangeListener(change -> refreshWhenFromClient(change.isFromClient()));
        search.setPlaceholder("symbol or words of the paragraph");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refreshWhenFromClient(change.isFromClient()));
        HorizontalLayout filters = new HorizontalLayout(new H2("Mandates"), status, search,
                importButton(imports, properties.uploadLimit()));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Button showAll = new Button("Show all", click -> UI.getCurrent().navigate(MandatesView.class));
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        linkedFilterBar = new HorizontalLayout(linkedFilter, showAll);
        linkedFilterBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(Mandate::symbol).setHeader("Resolution").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Mandate::paragraph).setHeader("Para.").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Mandate::kind).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(mandate -> mandate.deliverable() == null ? mandate.text() : mandate.deliverable())
                .setHeader("What is asked").setFlexGrow(1).setWidth("18em");
        grid.addColumn(MandatesView::due).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(mandate -> mandate.ownerEntity() == null ? "to triage" : mandate.ownerEntity())
                .setHeader("Lead").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(MandatesView::statusBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(selection -> details.show(selection.getValue()));
        details.onChange(changed -> {
            refresh();
            grid.select(changed);
        });

        SplitLayout split = new SplitLayout(grid, details);
        split.setSizeFull();
        split.setSplitterPosition(66);
        HorizontalLayout summary = new HorizontalLayout(shown, linkedFilterBar,
                new Paragraph("Open a mandate to read its paragraph and deadline and to name its lead."));
        summary.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        shown.setId("register-count");
        add(filters, summary, split);
        setFlexGrow(1, split);
    }

    /** Reads the filter from the address, so a link from the dashboard opens exactly its rows. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MandateFilter requested = MandatesNavigation.filter(event.getLocation().getQueryParameters());
        addressFilter = requested.withStatus(null).withQuery(null);
        status.setValue(requested.status());
        search.setValue(requested.query() == null ? "" : requested.query());
        linkedFilter.setText(describe(addressFilter));
        linkedFilterBar.setVisible(!addressFilter.equals(MandateFilter.ALL));
        refresh();
        event.getLocation().getQueryParameters().getSingleParameter(MANDATE_PARAMETER)
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> mandates.find(Long.parseLong(id)))
                .ifPresent(grid::select);
    }

    /** Imports a resolution file: its mandates and their processes appear in the register at once. */
    private Upload importButton(ImportService imports, DataSize limit) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((file, content) -> {
            try {
                ImportResult imported = imports.importDocument(file.fileName(), file.contentType(), content, null);
                ui.access(() -> {
                    Notifications.success("Imported " + imported.symbol() + ": " + mandateCount(imported.mandates().size()));
                    refresh();
                });
            } catch (ImportRejectedException | DuplicateDocumentException | DocumentTooLargeException
                     | ImportBusyException refused) {
                ui.access(() -> Notifications.error(refused.getMessage()));
            }
        }));
        upload.setAcceptedFileTypes(".txt", ".md", ".html", ".htm", ".docx", ".pdf");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit.toBytes()));
        upload.setUploadButton(new Button("Import resolution…"));
        upload.setDropLabel(new Span("or drop a file here"));
        upload.addFileRejectedListener(rejected -> Notifications.error(rejected.getErrorMessage()));
        return upload;
    }

    // the address sets the fields too, and then refreshes once itself
    private void refreshWhenFromClient(boolean fromClient) {
        if (fromClient) {
            refresh();
        }
    }

    private void refresh() {
        List<Mandate> found = mandates.find(addressFilter.withStatus(status.getValue()).withQuery(search.getValue()));
        grid.setItems(found);
        shown.setText(mandateCount(found.size()));
    }

    /** The address's filter in words: "lead entity DPO, due 1 Jan 2026 to 31 Jan 2026". */
    static String describe(MandateFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.triage()) {
            parts.add("to triage");
        }
        if (filter.leadEntity() != null) {
            parts.add("lead entity " + filter.leadEntity());
        }
        if (filter.entity() != null) {
            parts.add("lead or addressee " + filter.entity());
        }
        if (filter.body() != null) {
            parts.add(filter.body().label());
        }
        if (filter.dueAfter() != null || filter.dueBefore() != null) {
            parts.add("due" + (filter.dueAfter() == null ? "" : " from " + DATE.format(filter.dueAfter()))
                    + (filter.dueBefore() == null ? "" : " to " + DATE.format(filter.dueBefore())));
        }
        return String.join(", ", parts);
    }

    static String mandateCount(int count) {
        return count == 1 ? "1 mandate" : count + " mandates";
    }

    static String due(Mandate mandate) {
        Mandate.Due due = mandate.due();
        if (due == null) {
            return "";
        }
        if ("session".equals(due.precision()) && due.session() != null) {
            return "session " + due.session() + (due.date() == null ? "" : " (" + date(due) + ")");
        }
        return due.date() == null ? due.text() : date(due);
    }

    /** The due date, with "≈" before one computed from a body's session rules. */
    private static String date(Mandate.Due due) {
        return (due.estimated() ? "≈ " : "") + DATE.format(due.date());
    }

    private static Span statusBadge(Mandate mandate) {
        Span badge = new Span(mandate.status().label());
        badge.getElement().getThemeList().add(switch (mandate.status()) {
            case OVERDUE -> "badge error";
            case DONE -> "badge success";
            case DISMISSED, NO_DATE -> "badge contrast";
            case OPEN -> "badge";
        });
        return badge;
    }
}
