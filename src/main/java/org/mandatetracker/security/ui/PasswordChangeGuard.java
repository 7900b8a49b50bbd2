package org.mandatetracker.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.UserService;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a password an admin reset sees only "My password" until they have chosen
 * their own: every other view of the UI reroutes there.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserService users;

    PasswordChangeGuard(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::toPasswordChange));
    }

    private void toPasswordChange(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChangePasswordView.class && event.getNavigationTarget() != LoginView.class
                && currentUser.username().filter(users::mustChangePassword).isPresent()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
