package org.mandatetracker.reminder.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.reminder.Reminder;
import org.mandatetracker.reminder.ReminderService;

/** Admins see every reminder and escalation: sent, queued for want of an SMTP server, or failing. */
@Route("admin/outbox")
@Menu(title = "menu.outbox", order = 95)
@RolesAllowed("ADMIN")
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    OutboxView(ReminderService reminders) {
        setSizeFull();
        Grid<Reminder> grid = new Grid<>();
        grid.addColumn(Reminder::recipient).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Reminder::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(1).setWidth("20em");
        grid.addColumn(Reminder::mandateId).setHeader(getTranslation("outbox.mandate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(reminder -> LocalFormats.date(reminder.due())).setHeader(getTranslation("outbox.due")).setAutoWidth(true).setFlexGrow(0);
        // the send log's own state names, as the logs and the mail server's records name them
        grid.addColumn(Reminder::status).setHeader(getTranslation("outbox.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(reminder -> time(reminder.sentAt())).setHeader(getTranslation("outbox.sentAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Reminder::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Reminder::lastError).setHeader(getTranslation("outbox.lastError")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(reminders.visibleReminders());
        add(new H2(getTranslation("menu.outbox")), new Paragraph(getTranslation("outbox.text")), grid);
        expand(grid);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : LocalFormats.dateTime(instant, ZoneId.systemDefault());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.outbox"));
    }
}
