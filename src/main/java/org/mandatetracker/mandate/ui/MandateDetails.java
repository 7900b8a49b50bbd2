package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.entity.UnEntity;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;
import org.springframework.security.access.AccessDeniedException;

/** One mandate: its paragraph, deadline and lead; managers name the lead entity and focal point here. */
@SpringComponent
@UIScope
class MandateDetails extends VerticalLayout {

    private final MandateService mandates;
    private final UserService users;
    private final EntityService entities;
    private final CurrentUser currentUser;
    private final List<Consumer<Mandate>> changeListeners = new ArrayList<>();

    MandateDetails(MandateService mandates, UserService users, EntityService entities, CurrentUser currentUser) {
        this.mandates = mandates;
        this.users = users;
        this.entities = entities;
        this.currentUser = currentUser;
        setWidthFull();
        show(null);
    }

    /** Tells the listener of a mandate this panel changed, with its new state. */
    void onChange(Consumer<Mandate> listener) {
        changeListeners.add(listener);
    }

    void show(Mandate mandate) {
        removeAll();
        if (mandate == null) {
            add(new Paragraph("Select a mandate."));
            return;
        }
        add(new H3(mandate.symbol() + ", paragraph " + mandate.paragraph()));
        add(line("Kind", mandate.kind() + " (" + mandate.verb() + ", " + mandate.strength() + ")"));
        add(line("Addressed to", String.join(", ", mandate.addressees())));
        if (mandate.reportTo() != null) {
            add(line("Report to", mandate.reportTo()));
        }
        add(line("Due", mandate.due() == null ? "no deadline given"
                : MandatesView.due(mandate) + " · “" + mandate.due().text() + "”"));
        if (mandate.recurrence() != null) {
            add(line("Recurs", mandate.recurrence() + (mandate.endDate() == null ? "" : " until " + mandate.endDate())));
        }
        add(line("Lead", mandate.ownerEntity() == null ? "not yet assigned"
                : mandate.ownerEntity() + ", focal point " + mandate.focalPoint()));
        add(line("Status", mandate.status().name().toLowerCase()));
        Paragraph text = new Paragraph(mandate.text());
        text.getStyle().set("white-space", "pre-wrap");
        add(new H4("Operative paragraph"), text);
        UserAccount user = currentUser.require();
        if (user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN)) {
            add(ownerForm(mandate, user));
        }
    }

    private VerticalLayout ownerForm(Mandate mandate, UserAccount user) {
        ComboBox<UnEntity> entity = new ComboBox<>("Lead entity");
        List<UnEntity> choices = user.hasRole(Role.ADMIN) ? entities.findAll()
                : entities.find(user.entityCode()).stream().toList();
        entity.setItems(choices);
        entity.setItemLabelGenerator(unEntity -> unEntity.code() + " · " + unEntity.name("en"));
        ComboBox<UserAccount> focalPoint = new ComboBox<>("Focal point");
        focalPoint.setItemLabelGenerator(account -> account.fullName() + " (" + account.username() + ")");
        entity.addValueChangeListener(change -> focalPoint.setItems(change.getValue() == null ? List.of()
                : users.findByEntity(change.getValue().code())));
        choices.stream().filter(choice -> choice.code().equals(mandate.ownerEntity())).findFirst().ifPresent(entity::setValue);
        Button assign = new Button("Assign", click -> {
            if (entity.getValue() == null || focalPoint.getValue() == null) {
                Notifications.error("Choose a lead entity and a focal point");
                return;
            }
            try {
                Mandate assigned = mandates.assignOwner(mandate.id(), entity.getValue().code(),
                        focalPoint.getValue().username());
                Notifications.success("Assigned to " + assigned.ownerEntity());
                changeListeners.forEach(listener -> listener.accept(assigned));
            } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H4("Lead entity and focal point"), entity, focalPoint, assign);
        form.setPadding(false);
        return form;
    }

    private static Div line(String label, String value) {
        Div line = new Div();
        line.setText(label + ": " + value);
        return line;
    }
}
