package org.mandatetracker.workflow.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.mandatetracker.base.Message;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.entity.EntityCodes;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandatePage;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.ReportingCycle;
import org.mandatetracker.mandate.ui.MandateSummary;
import org.mandatetracker.mandate.ui.OwnerForm;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;
import org.mandatetracker.workflow.MandateHistoryEntry;
import org.mandatetracker.workflow.MandateTaskService;
import org.mandatetracker.workflow.ProcessDiagram;
import org.mandatetracker.workflow.TaskEvent;
import org.mandatetracker.workflow.TaskForm;
import org.mandatetracker.workflow.WorkflowProperties;
import org.mandatetracker.workflow.WorkflowTask;

/**
 * A mandate's own page, {@code /mandates/42}, to send a colleague: the mandate in words, its lead and
 * the managers' forms, its process with the current step, its open tasks and its whole history.
 * It lives with the workflow because it shows the workflow; the mandate's parts come from its feature.
 */
@Route("mandates/:id")
@PermitAll
class MandateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MandateService mandates;
    private final MandateTaskService tasks;
    private final ProcessDiagram diagram;
    private final EntityService entities;
    private final UserService users;
    private final CurrentUser currentUser;
    private final WorkflowProperties workflow;
    /** Set by {@link #beforeEnter}, which runs before the title is read or fails to a not-found page. */
    private String title;

    MandateView(MandateService mandates, MandateTaskService tasks, ProcessDiagram diagram, EntityService entities,
                UserService users, CurrentUser currentUser, WorkflowProperties workflow) {
        this.mandates = mandates;
        this.tasks = tasks;
        this.diagram = diagram;
        this.entities = entities;
        this.users = users;
        this.currentUser = currentUser;
        this.workflow = workflow;
        setMaxWidth("72em");
    }

    /** An id that is not a number, or names no mandate, is a 404 like any unknown address. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Mandate mandate = event.getRouteParameters().get("id")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> mandates.find(Long.parseLong(id)))
                .orElseThrow(NotFoundException::new);
        title = getTranslation("page.title", getTranslation("mandate.title", mandate.symbol(), mandate.paragraph()));
        show(mandate);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Mandate mandate) {
        removeAll();
        UserAccount user = currentUser.require();
        String language = LocalFormats.locale().getLanguage();
        add(new MandateSummary(mandate, entities, language));
        if (mandate.leftOutBy() != null) {
            add(leftOut(mandate));
        }
        if (mandates.mayManage(mandate.id())) {
            add(new OwnerForm(mandate, user, mandates, users, entities, language, this::show),
                    new CorrectionForm(mandate, mandates, this::show));
        }
        add(lineage(mandate), cycles(mandate), processDiagram(mandate), openTasks(mandate));
        VerticalLayout history = new VerticalLayout(new H3(getTranslation("mandate.history")));
        history.setPadding(false);
        add(history);
        // dates in the reader's own zone, which the browser tells
        UI.getCurrent().getPage().retrieveExtendedClientDetails(details ->
                history.add(history(mandate, zoneOr(details.getTimeZoneId()))));
    }

    /** A renewal of the resolution did not repeat this mandate: its managers close it or keep it. */
    private Div leftOut(Mandate mandate) {
        Div notice = new Div(new Paragraph(getTranslation("mandate.leftOut", mandate.leftOutBy(), mandate.symbol())));
        notice.addClassName("left-out-notice");
        notice.getStyle().set("border-left", "4px solid var(--lumo-warning-color, #ffc66d)")
                .set("padding-left", "var(--lumo-space-m)");
        if (mandates.mayManage(mandate.id())) {
            Button close = new Button(getTranslation("mandate.leftOut.close"), click -> show(mandates.decideLeftOut(mandate.id(), true)));
            Button keep = new Button(getTranslation("mandate.leftOut.keep"), click -> show(mandates.decideLeftOut(mandate.id(), false)));
            notice.add(new HorizontalLayout(close, keep));
        }
        return notice;
    }

    /** The resolutions before and after this one's, oldest first, when it renews or is renewed: each a link. */
    private Div lineage(Mandate mandate) {
        Div section = new Div();
        section.addClassName("mandate-lineage");
        List<Mandate> chain = mandates.lineage(mandate.id());
        if (chain.size() > 1) {
            OrderedList list = new OrderedList();
            for (Mandate link : chain) {
                String words = getTranslation("mandate.renewals.link", link.symbol(), link.paragraph(), Labels.of(link.status()));
                list.add(link.id() == mandate.id() ? new ListItem(new Span(getTranslation("mandate.renewals.this", words)))
                        : new ListItem(new Anchor(MandatePage.path(link.id()), words)));
            }
            section.add(new H3(getTranslation("mandate.renewals")), new Paragraph(getTranslation("mandate.renewals.text")), list);
        }
        return section;
    }

    private Div cycles(Mandate mandate) {
        Div section = new Div();
        List<ReportingCycle> submitted = mandates.cycles(mandate.id());
        if (!submitted.isEmpty()) {
            UnorderedList list = new UnorderedList();
            submitted.forEach(cycle -> list.add(new ListItem(getTranslation("mandate.cycles.cycle", cycle.cycle(),
                    LocalFormats.date(cycle.dueDate()), cycle.documentSymbol()))));
            section.add(new H3(getTranslation("mandate.cycles")), list);
        }
        return section;
    }

    private Div processDiagram(Mandate mandate) {
        Div section = new Div(new H3(getTranslation("mandate.process")));
        section.setWidthFull();
        String svg = mandate.processInstanceId() == null ? "" : diagram.svgOf(mandate.processInstanceId(), LocalFormats.locale());
        if (svg.isEmpty()) {
            section.add(new Paragraph(getTranslation("mandate.process.none")));
            return section;
        }
        Div scroller = new Div(new Svg(svg));
        scroller.setId("process-diagram");
        scroller.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        // a wide model scrolls sideways: keyboard users reach it with Tab and scroll it with the arrows
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("aria-label", getTranslation("mandate.process.diagram"));
        section.add(scroller);
        return section;
    }

    private Div openTasks(Mandate mandate) {
        Div section = new Div(new H3(getTranslation("mandate.openTasks")));
        List<WorkflowTask> open = tasks.openTasksOf(mandate.id());
        if (open.isEmpty()) {
            section.add(new Paragraph(getTranslation("mandate.openTasks.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (WorkflowTask task : open) {
            RouterLink link = new RouterLink(TaskForm.of(task.taskKey()).map(Labels::of).orElse(task.name()), TasksView.class);
            link.setQueryParameters(QueryParameters.of(TasksView.TASK_PARAMETER, task.id()));
            String who = task.assignee() != null ? task.assignee()
                    : getTranslation("mandate.openTasks.offeredTo", new GroupNames(entities).inWords(task.candidateGroups()));
            String due = task.due() == null ? getTranslation("mandate.openTasks.noDue") : getTranslation("mandate.openTasks.due",
                    LocalFormats.date(task.due().toInstant().atZone(workflow.zone()).toLocalDate()));
            list.add(new ListItem(link, new Span(" · " + who + " · " + due)));
        }
        section.add(list);
        return section;
    }

    private UnorderedList history(Mandate mandate, ZoneId zone) {
        UnorderedList list = new UnorderedList();
        list.setId("mandate-history");
        for (MandateHistoryEntry entry : tasks.timelineOf(mandate.id())) {
            list.add(new ListItem(LocalFormats.dateTime(entry.occurredAt(), zone) + " · " + whatInWords(entry)
                    + (entry.actor() == null ? "" : " · " + entry.actor())
                    + (entry.detail() == null || entry.detail().isBlank() ? "" : " · " + detailInWords(entry))));
        }
        return list;
    }

    /**
     * The detail in the reader's language where it was stored so, entities by the registry's names in that language;
     * an older entry's, or a comment, as written.
     */
    private String detailInWords(MandateHistoryEntry entry) {
        if (entry.detailMessage() == null) {
            return entry.detail();
        }
        String language = LocalFormats.locale().getLanguage();
        return Labels.of(Message.of(entry.detailMessage().key(), Arrays.stream(entry.detailMessage().arguments())
                .map(argument -> argument instanceof EntityCodes named ? entities.namesOf(named.codes(), language) : argument)
                .toArray()));
    }

    /** The event in the reader's language, a task by its form's name where it has one. */
    private String whatInWords(MandateHistoryEntry entry) {
        if (!(entry.event() instanceof TaskEvent)) {
            return Labels.of(entry.event());
        }
        String task = entry.taskKey() == null ? null
                : TaskForm.of(entry.taskKey()).map(Labels::of).orElse(entry.taskName());
        return getTranslation(entry.event().messageKey(), task, entry.assignee());
    }

    /** The browser's zone, or the workflow's when the browser names none Java knows. */
    private ZoneId zoneOr(String browserZone) {
        try {
            return browserZone == null ? workflow.zone() : ZoneId.of(browserZone);
        } catch (DateTimeException unknown) {
            return workflow.zone();
        }
    }
}
