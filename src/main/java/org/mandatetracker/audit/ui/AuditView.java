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
import org.mandatetracker.audit.AuditEntry;
import org.mandatetracker.audit.AuditLog;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.LocalFormats;

/** Admins read who changed which person or entity, when, and how. */
@Route("admin/audit")
@Menu(title = "menu.audit", order = 96)
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    AuditView(AuditLog audit) {
        setSizeFull();
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(entry -> LocalFormats.dateTime(entry.occurredAt(), ZoneId.systemDefault()))
                .setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.actor() == null ? getTranslation("audit.application") : entry.actor())
                .setHeader(getTranslation("audit.who"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Labels.of(entry.action())).setHeader(getTranslation("audit.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.of")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(audit.latest());
        add(new H2(getTranslation("menu.audit")), new Paragraph(getTranslation("audit.text", AuditLog.LATEST)), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.audit"));
    }
}
