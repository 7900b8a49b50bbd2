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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mandatetracker.reminder.Reminder;
import org.mandatetracker.reminder.ReminderService;

/** Admins see every reminder and escalation: sent, queued for want of an SMTP server, or failing. */
@Route("admin/outbox")
@Menu(title = "menu.outbox", order = 95)
@RolesAllowed("ADMIN")
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

    OutboxView(ReminderService reminders) {
        setSizeFull();
        Grid<Reminder> grid = new Grid<>();
        grid.addColumn(Reminder::recipient).setHeader("Recipient").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Reminder::subject).setHeader("Subject").setFlexGrow(1).setWidth("20em");
        grid.addColumn(Reminder::mandateId).setHeader("Mandate").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Reminder::due).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Reminder::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(reminder -> time(reminder.sentAt())).setHeader("Sent at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Reminder::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Reminder::lastError).setHeader("Last error").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(reminders.visibleReminders());
        add(new H2("Outbox"), new Paragraph("The latest 500 reminders and escalations. Queued ones wait for an "
                + "SMTP server (spring.mail.host); failed ones are retried by their job."), grid);
        expand(grid);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.outbox"));
    }
}
