package org.mandatetracker.security.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.vaadin.flow.i18n.I18NProvider;
import org.mandatetracker.base.RefusedException;
import org.mandatetracker.base.ui.FieldErrors;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.base.ui.PasswordFields;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.entity.UnEntity;
import org.mandatetracker.security.EditedUser;
import org.mandatetracker.security.Language;
import org.mandatetracker.security.NewUser;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;

/**
 * Admins add and edit people, reset their passwords and switch their sign-in off and on; changes
 * apply at the person's next request, without a restart, and each is in the audit history.
 */
@Route("admin/users")
@Menu(title = "users.menu", order = 90)
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final List<UnEntity> activeEntities;
    private final Map<String, UnEntity> entitiesByCode;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField username = new TextField(getTranslation("users.username"));
    private final PersonFields newPerson;
    private final PasswordField password = PasswordFields.labelled(getTranslation("users.initialPassword"));
    private final FieldErrors newPersonErrors;

    UsersView(UserService users, EntityService entities) {
        this.users = users;
        this.activeEntities = entities.findActive();
        this.entitiesByCode = entities.findAll().stream().collect(Collectors.toMap(UnEntity::code, Function.identity()));
        setSizeFull();

        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::fullName).setHeader(getTranslation("users.fullName")).setFlexGrow(1);
        grid.addColumn(UserAccount::entityCode).setHeader(getTranslation("users.entity")).setAutoWidth(true);
        grid.addColumn(UsersView::roles).setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addColumn(user -> LanguageChoices.label(Optional.ofNullable(user.language()))).setHeader(getTranslation("users.language")).setAutoWidth(true);
        grid.addColumn(user -> user.enabled() ? getTranslation("users.yes") : getTranslation("users.no"))
                .setHeader(getTranslation("users.canSignIn")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);

        newPerson = new PersonFields(activeEntities);
        newPersonErrors = newPerson.errors().on("username", username).on("password", password);
        Button add = new Button(getTranslation("users.add"), click -> addUser());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, newPerson.fullName, newPerson.email, newPerson.entity,
                newPerson.roles, password);

        add(new H2(getTranslation("users.heading")), grid, new H2(getTranslation("users.add.heading")), form, add);
        refresh();
    }

    private HorizontalLayout actions(UserAccount user) {
        Button edit = inline(getTranslation("users.edit"), click -> edit(user));
        edit.getElement().setAttribute("aria-label", getTranslation("users.edit.person", user.username()));
        Button reset = inline(getTranslation("users.reset"), click -> confirmReset(user));
        reset.getElement().setAttribute("aria-label", getTranslation("users.reset.person", user.username()));
        Button toggle = inline(user.enabled() ? getTranslation("users.disable") : getTranslation("users.enable"), click -> confirmToggle(user));
        toggle.getElement().setAttribute("aria-label", user.enabled() ? getTranslation("users.disable.person", user.username())
                : getTranslation("users.enable.person", user.username()));
        return new HorizontalLayout(edit, reset, toggle);
    }

    private static Button inline(String label, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(label, listener);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private void edit(UserAccount user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.edit.person", user.username()));
        PersonFields fields = new PersonFields(editableEntities(user));
        fields.show(EditedUser.of(user), entitiesByCode.get(user.entityCode()));
        FieldErrors errors = fields.errors();
        Button save = new Button(getTranslation("users.save"), click -> {
            try {
                users.update(user.username(), fields.edited());
                Notifications.success(getTranslation("users.saved", user.username()));
                dialog.close();
                refresh();
            } catch (ConstraintViolationException invalid) {
                errors.show(invalid);
            } catch (IllegalArgumentException refused) {
                errors.show("entityCode", Labels.reasonOf(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(fields.fullName, fields.email, fields.entity, fields.roles, fields.language));
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** The active entities, and the person's own if it was retired since, so that the form shows it. */
    private List<UnEntity> editableEntities(UserAccount user) {
        UnEntity own = entitiesByCode.get(user.entityCode());
        return own == null || activeEntities.contains(own) ? activeEntities
                : Stream.concat(Stream.of(own), activeEntities.stream()).toList();
    }

    private void confirmReset(UserAccount user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("users.reset.confirm", user.username()));
        confirm.setText(getTranslation("users.reset.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("users.cancel"));
        confirm.setConfirmText(getTranslation("users.reset.do"));
        confirm.addConfirmListener(confirmed -> {
            String temporary = users.resetPassword(user.username());
            ConfirmDialog shown = new ConfirmDialog();
            shown.setHeader(getTranslation("users.temporary.of", user.username()));
            TextField value = new TextField(getTranslation("users.temporary"));
            value.setId("temporary-password");
            value.setValue(temporary);
            value.setReadOnly(true);
            value.setWidthFull();
            shown.setText(value);
            shown.setConfirmText(getTranslation("users.done"));
            shown.open();
        });
        confirm.open();
    }

    private void confirmToggle(UserAccount user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(user.enabled() ? getTranslation("users.disable.confirm", user.username())
                : getTranslation("users.enable.confirm", user.username()));
        confirm.setText(user.enabled() ? getTranslation("users.disable.text", user.fullName())
                : getTranslation("users.enable.text", user.fullName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("users.cancel"));
        confirm.setConfirmText(user.enabled() ? getTranslation("users.disable") : getTranslation("users.enable"));
        if (user.enabled()) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(confirmed -> {
            users.setEnabled(user.username(), !user.enabled());
            refresh();
        });
        confirm.open();
    }

    private void addUser() {
        NewUser newUser = new NewUser(username.getValue(), newPerson.fullName.getValue(), newPerson.email.getValue(),
                newPerson.entity.getValue() == null ? null : newPerson.entity.getValue().code(),
                newPerson.roles.getValue(), password.getValue());
        newPersonErrors.clear();
        try {
            users.create(newUser);
        } catch (ConstraintViolationException invalid) {
            newPersonErrors.show(invalid);
            return;
        } catch (IllegalArgumentException refused) {
            newPersonErrors.show(refused instanceof RefusedException known && known.reason().key().equals("users.exists")
                    ? "username" : "entityCode", Labels.reasonOf(refused));
            return;
        }
        Notifications.success(getTranslation("users.added", newUser.username()));
        username.clear();
        newPerson.fullName.clear();
        newPerson.email.clear();
        password.clear();
        newPerson.roles.clear();
        // among many people the new row may be far below: bring it into view
        refresh().stream().filter(account -> account.username().equals(newUser.username())).findFirst()
                .ifPresent(added -> {
                    grid.select(added);
                    grid.scrollToItem(added);
                });
    }

    private static String roles(UserAccount user) {
        return user.roles().stream().sorted().map(Labels::of).collect(Collectors.joining(", "));
    }

    /** Shows everyone as they are now, and returns them. */
    private List<UserAccount> refresh() {
        List<UserAccount> everyone = users.findAll();
        grid.setItems(everyone);
        return everyone;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("users.heading"));
    }

    /** The fields a person has in both forms, add and edit. */
    private static final class PersonFields {
        final TextField fullName = new TextField(I18NProvider.translate("users.fullName"));
        final EmailField email = new EmailField(I18NProvider.translate("users.email"));
        final ComboBox<UnEntity> entity = new ComboBox<>(I18NProvider.translate("users.entity"));
        final CheckboxGroup<Role> roles = new CheckboxGroup<>(I18NProvider.translate("users.roles"));
        final Select<Optional<Language>> language = new Select<>();

        PersonFields(List<UnEntity> entities) {
            entity.setItems(entities);
            entity.setItemLabelGenerator(unEntity -> unEntity.code() + " · " + unEntity.name(LocalFormats.locale().getLanguage()));
            roles.setItems(Role.values());
            roles.setItemLabelGenerator(Labels::of);
            language.setLabel(I18NProvider.translate("users.language"));
            language.setItems(LanguageChoices.ALL);
            language.setItemLabelGenerator(LanguageChoices::label);
            language.setValue(Optional.empty());
        }

        FieldErrors errors() {
            return new FieldErrors().on("fullName", fullName).on("email", email).on("entityCode", entity)
                    .on("roles", roles).on("language", language);
        }

        void show(EditedUser person, UnEntity ownEntity) {
            fullName.setValue(person.fullName());
            email.setValue(person.email() == null ? "" : person.email());
            entity.setValue(ownEntity);
            roles.setValue(person.roles());
            language.setValue(Optional.ofNullable(person.language()));
        }

        EditedUser edited() {
            return new EditedUser(fullName.getValue(), email.getValue(),
                    entity.getValue() == null ? null : entity.getValue().code(), roles.getValue(), language.getValue().orElse(null));
        }
    }
}
