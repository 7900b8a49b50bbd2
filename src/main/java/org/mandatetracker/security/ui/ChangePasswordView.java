package org.mandatetracker.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import org.mandatetracker.base.ui.FieldErrors;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.base.ui.PasswordFields;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.PasswordChange;
import org.mandatetracker.security.PasswordChangeRefusedException;
import org.mandatetracker.security.UserService;

/**
 * The signed-in person changes their own password. After an admin reset it, this is the only page
 * they can open ({@link PasswordChangeGuard}) until they have chosen their own.
 */
@Route("password")
@Menu(title = "password.menu", order = 41)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(UserService users, CurrentUser currentUser) {
        String me = currentUser.require().username();
        PasswordField current = PasswordFields.labelled(getTranslation("password.current"));
        PasswordField chosen = PasswordFields.labelled(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("validation.password.length"));
        PasswordField repeated = PasswordFields.labelled(getTranslation("password.repeated"));
        FieldErrors errors = new FieldErrors().on("currentPassword", current).on("newPassword", chosen)
                .on("repeated", repeated);
        Button change = new Button(getTranslation("password.change"), click -> {
            errors.clear();
            if (!chosen.getValue().equals(repeated.getValue())) {
                errors.show("repeated", getTranslation("password.differ"));
                return;
            }
            try {
                users.changeOwnPassword(me, new PasswordChange(current.getValue(), chosen.getValue()));
            } catch (ConstraintViolationException invalid) {
                errors.show(invalid);
                return;
            } catch (PasswordChangeRefusedException refused) {
                errors.show(refused.field() == PasswordChangeRefusedException.Field.CURRENT_PASSWORD
                        ? "currentPassword" : "newPassword", Labels.reasonOf(refused));
                return;
            }
            Notifications.success(getTranslation("password.changed"));
            UI.getCurrent().navigate("");
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("password.heading")));
        if (users.mustChangePassword(me)) {
            add(new Paragraph(getTranslation("password.resetByAdmin")));
        }
        add(current, chosen, repeated, change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("password.heading"));
    }
}
