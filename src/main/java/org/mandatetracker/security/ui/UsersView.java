package org.mandatetracker.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.entity.UnEntity;
import org.mandatetracker.security.Language;
import org.mandatetracker.security.NewUser;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;

/** Admins add people and switch them off; changes apply at the next sign-in, without a restart. */
@Route("admin/users")
@PageTitle("Users · Mandate Tracker")
@Menu(title = "Users", order = 90)
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

    private final UserService users;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField username = new TextField("User name");
    private final TextField fullName = new TextField("Full name");
    private final EmailField email = new EmailField("E-mail");
    private final ComboBox<UnEntity> entity = new ComboBox<>("Entity");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final PasswordField password = new PasswordField("Initial password");

    UsersView(UserService users, EntityService entities) {
        this.users = users;
        setSizeFull();

        grid.addColumn(UserAccount::username).setHeader("User name").setAutoWidth(true);
        grid.addColumn(UserAccount::fullName).setHeader("Full name").setFlexGrow(1);
        grid.addColumn(UserAccount::entityCode).setHeader("Entity").setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles").setAutoWidth(true);
        grid.addComponentColumn(this::languageChoice).setHeader("E-mail language").setAutoWidth(true);
        grid.addComponentColumn(this::enableToggle).setHeader("Can sign in").setAutoWidth(true);

        entity.setItems(entities.findAll());
        entity.setItemLabelGenerator(unEntity -> unEntity.code() + " · " + unEntity.name("en"));
        roles.setItems(Role.values());
        Button add = new Button("Add user", click -> addUser());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, fullName, email, entity, roles, password);

        add(new H2("People"), grid, new H2("Add a person"), form, add);
        refresh();
    }

    private Button enableToggle(UserAccount user) {
        Button toggle = new Button(user.enabled() ? "Yes · disable" : "No · enable", click -> {
            users.setEnabled(user.username(), !user.enabled());
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return toggle;
    }

    private Select<Language> languageChoice(UserAccount user) {
        Select<Language> choice = new Select<>();
        choice.setItems(Language.values());
        choice.setValue(user.language());
        choice.addValueChangeListener(change -> users.setLanguage(user.username(), change.getValue()));
        return choice;
    }

    private void addUser() {
        NewUser newUser = new NewUser(username.getValue(), fullName.getValue(), email.getValue(),
                entity.getValue() == null ? null : entity.getValue().code(), roles.getValue(), password.getValue());
        try {
            users.create(newUser);
        } catch (ConstraintViolationException invalid) {
            Notifications.error(invalid.getConstraintViolations().stream()
                    .map(UsersView::describe).sorted().collect(Collectors.joining("; ")));
            return;
        } catch (IllegalArgumentException refused) {
            Notifications.error(refused.getMessage());
            return;
        }
        Notifications.success("Added " + newUser.username());
        username.clear();
        fullName.clear();
        email.clear();
        password.clear();
        roles.clear();
        refresh();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + ": " + violation.getMessage();
    }

    private void refresh() {
        grid.setItems(users.findAll());
    }
}
