package org.mandatetracker.entity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.Objects;
import org.mandatetracker.base.ui.FieldErrors;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.entity.EntityForm;
import org.mandatetracker.entity.EntityKind;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.entity.RegisteredEntity;
import org.mandatetracker.entity.UnEntity;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.Role;

/**
 * The entity registry that extraction and assignment use, with its names in the official languages.
 * Admins add entities, edit their names and other names, and retire or restore them; the next import
 * reads the registry as it stands.
 */
@Route("entities")
@Menu(title = "menu.entities", order = 20)
@PermitAll
class EntitiesView extends VerticalLayout implements HasDynamicTitle {

    private final EntityService entities;
    private final Grid<RegisteredEntity> grid = new Grid<>();

    EntitiesView(EntityService entities, CurrentUser currentUser) {
        this.entities = entities;
        setSizeFull();
        grid.addColumn(registered -> registered.entity().code()).setHeader("Code").setAutoWidth(true).setSortable(true);
        grid.addColumn(registered -> registered.entity().name("en")).setHeader("Name").setFlexGrow(1);
        grid.addColumn(registered -> registered.entity().name("fr")).setHeader("Français").setFlexGrow(1);
        grid.addColumn(registered -> registered.entity().name("ru")).setHeader("Русский").setFlexGrow(1);
        grid.addColumn(registered -> String.join(", ", registered.entity().aliases())).setHeader("Also known as")
                .setFlexGrow(1);
        grid.addColumn(registered -> EntityKind.valueOf(registered.entity().kind()).label()).setHeader("Kind")
                .setAutoWidth(true);
        grid.addColumn(registered -> registered.retired() ? "Retired" : "").setHeader("Status").setAutoWidth(true);
        boolean admin = currentUser.require().hasRole(Role.ADMIN);
        if (admin) {
            grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        }
        grid.setSizeFull();
        if (admin) {
            Button add = new Button("Add entity", click -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(new H2("Entities"), add));
        } else {
            add(new H2("Entities"));
        }
        add(grid);
        refresh();
    }

    private HorizontalLayout actions(RegisteredEntity registered) {
        String code = registered.entity().code();
        Button edit = new Button("Edit", click -> edit(registered.entity()));
        edit.getElement().setAttribute("aria-label", "Edit " + code);
        Button retire = new Button(registered.retired() ? "Restore" : "Retire", click -> confirmRetirement(registered));
        retire.getElement().setAttribute("aria-label", (registered.retired() ? "Restore " : "Retire ") + code);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(edit, retire);
    }

    /** The add form (no entity) or the edit form of one. */
    private void edit(UnEntity entity) {
        TextField code = new TextField("Code");
        code.setHelperText("As mandates and people name it, e.g. DPO");
        Select<EntityKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(EntityKind.values());
        kind.setItemLabelGenerator(EntityKind::label);
        TextField nameEn = new TextField("Name in English");
        TextField nameFr = new TextField("Name in French");
        TextField nameEs = new TextField("Name in Spanish");
        TextField nameRu = new TextField("Name in Russian");
        TextField nameAr = new TextField("Name in Arabic");
        TextField nameZh = new TextField("Name in Chinese");
        TextArea aliases = new TextArea("Other names");
        aliases.setHelperText("One per line, in any language: abbreviations, former and inflected names");
        FieldErrors errors = new FieldErrors().on("code", code).on("kind", kind).on("nameEn", nameEn)
                .on("nameFr", nameFr).on("nameEs", nameEs).on("nameRu", nameRu).on("nameAr", nameAr)
                .on("nameZh", nameZh).on("aliases", aliases);
        if (entity != null) {
            EntityForm form = EntityForm.of(entity);
            code.setValue(form.code());
            code.setReadOnly(true);
            kind.setValue(form.kind());
            nameEn.setValue(Objects.requireNonNullElse(form.nameEn(), ""));
            nameFr.setValue(Objects.requireNonNullElse(form.nameFr(), ""));
            nameEs.setValue(Objects.requireNonNullElse(form.nameEs(), ""));
            nameRu.setValue(Objects.requireNonNullElse(form.nameRu(), ""));
            nameAr.setValue(Objects.requireNonNullElse(form.nameAr(), ""));
            nameZh.setValue(Objects.requireNonNullElse(form.nameZh(), ""));
            aliases.setValue(String.join("\n", form.aliases()));
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(entity == null ? "Add an entity" : "Edit " + entity.code());
        Button save = new Button("Save", click -> {
            EntityForm form = new EntityForm(code.getValue().strip(), kind.getValue(), nameEn.getValue(),
                    nameFr.getValue(), nameEs.getValue(), nameRu.getValue(), nameAr.getValue(), nameZh.getValue(),
                    Arrays.asList(aliases.getValue().split("\\R")));
            errors.clear();
            try {
                if (entity == null) {
                    entities.add(form);
                } else {
                    entities.update(entity.code(), form);
                }
            } catch (ConstraintViolationException invalid) {
                errors.show(invalid);
                return;
            } catch (IllegalArgumentException refused) {
                errors.show("code", refused.getMessage());
                return;
            }
            Notifications.success("Saved " + form.code() + ": the next import reads it");
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(code, kind, nameEn, nameFr, nameEs, nameRu, nameAr, nameZh, aliases));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmRetirement(RegisteredEntity registered) {
        String code = registered.entity().code();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader((registered.retired() ? "Restore " : "Retire ") + code + "?");
        confirm.setText(registered.retired()
                ? "Imports find " + code + " again, and mandates and people can be given it."
                : "Mandates and people that name " + code + " keep it, but imports no longer find it and nobody "
                        + "new can be given it.");
        confirm.setCancelable(true);
        confirm.setConfirmText(registered.retired() ? "Restore" : "Retire");
        confirm.addConfirmListener(confirmed -> {
            entities.setRetired(code, !registered.retired());
            refresh();
        });
        confirm.open();
    }

    private void refresh() {
        grid.setItems(entities.registry());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.entities"));
    }
}
