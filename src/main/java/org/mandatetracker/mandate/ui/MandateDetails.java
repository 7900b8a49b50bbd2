package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;

/** The register's panel beside the grid: the selected mandate in words, its lead form and a link to its page. */
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
        UserAccount user = currentUser.require();
        String language = user.language().name().toLowerCase(Locale.ROOT);
        add(new MandateSummary(mandate, entities, language),
                new Anchor("mandates/" + mandate.id(), "Open the mandate's page: its process, tasks and history"));
        if (mandates.mayManage(mandate.id())) {
            add(new OwnerForm(mandate, user, mandates, users, entities, language,
                    assigned -> changeListeners.forEach(listener -> listener.accept(assigned))));
        }
    }
}
