package org.mandatetracker.dashboard.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.Role;

/**
 * The dashboard is the managers' landing page: the first page a manager opens after signing in, when
 * it is the start page (the register at {@code /} without a filter), becomes the dashboard. Any later
 * visit to the register, and every address with a filter, stays where it is.
 */
@SpringComponent
class ManagersLandOnTheDashboard implements VaadinServiceInitListener {

    private static final String LANDED = ManagersLandOnTheDashboard.class.getName() + ".landed";

    private final CurrentUser currentUser;

    ManagersLandOnTheDashboard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::land));
    }

    private void land(BeforeEnterEvent event) {
        VaadinSession session = event.getUI().getSession();
        // before sign-in (the login view) there is nobody to land yet
        if (session.getAttribute(LANDED) != null || currentUser.account().isEmpty()) {
            return;
        }
        session.setAttribute(LANDED, Boolean.TRUE);
        boolean startPage = event.getLocation().getPath().isEmpty()
                && event.getLocation().getQueryParameters().getParameters().isEmpty();
        if (startPage && currentUser.require().hasRole(Role.MANAGER)) {
            event.forwardTo(DashboardView.class);
        }
    }
}
