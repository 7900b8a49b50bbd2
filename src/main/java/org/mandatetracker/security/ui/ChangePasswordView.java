package org.mandatetracker.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import org.mandatetracker.base.ui.FieldErrors;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.PasswordChange;
import org.mandatetracker.security.PasswordChangeRefusedException;
import org.mandatetracker.security.UserService;

/**
 * The signed-in person changes their own password. After an admin reset it, this is the only page
 * they can open ({@link PasswordChangeGuard}) until they have chosen their own.
 */
@Route("password")
@PageTitle("My password · Mandate Tracker")
@Menu(title = "My password", order = 41)
@PermitAll
class ChangePasswordView extends VerticalLayout {

    ChangePasswordView(UserService users, CurrentUser currentUser) {
        String me = currentUser.require().username();
        PasswordField current = new PasswordField("Current password");
        PasswordField chosen = new PasswordField("New password");
        chosen.setHelperText("Between 8 and 72 characters");
        PasswordField repeated = new PasswordField("New password again");
        FieldErrors errors = new FieldErrors().on("currentPassword", current).on("newPassword", chosen)
                .on("repeated", repeated);
        Button change = new Button("Change password", click -> {
            errors.clear();
            if (!chosen.getValue().equals(repeated.getValue())) {
                errors.show("repeated", "The two new passwords differ");
                return;
            }
            try {
                users.changeOwnPassword(me, new PasswordChange(current.getValue(), chosen.getValue()));
            } catch (ConstraintViolationException invalid) {
                errors.show(invalid);
                return;
            } catch (PasswordChangeRefusedException refused) {
                errors.show(refused.field() == PasswordChangeRefusedException.Field.CURRENT_PASSWORD
                        ? "currentPassword" : "newPassword", refused.getMessage());
                return;
            }
            Notifications.success("Password changed");
            UI.getCurrent().navigate("");
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("My password"));
        if (users.mustChangePassword(me)) {
            add(new Paragraph("An administrator reset your password. Choose your own to go on."));
        }
        add(current, chosen, repeated, change);
    }
}
