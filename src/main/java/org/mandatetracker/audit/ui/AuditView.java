package org.mandatetracker.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mandatetracker.audit.AuditEntry;
import org.mandatetracker.audit.AuditLog;

/** Admins read who changed which person or entity, when, and how. */
@Route("admin/audit")
@Menu(title = "menu.audit", order = 96)
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.UK)
            .withZone(ZoneId.systemDefault());

    AuditView(AuditLog audit) {
        setSizeFull();
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(entry -> TIME.format(entry.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.actor() == null ? "the application" : entry.actor()).setHeader("Who")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.action().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::subject).setHeader("Of").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::detail).setHeader("Details").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(audit.latest());
        add(new H2("Audit history"), new Paragraph("The latest " + AuditLog.LATEST
                + " changes to people and to the entity registry, newest first."), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.audit"));
    }
}
