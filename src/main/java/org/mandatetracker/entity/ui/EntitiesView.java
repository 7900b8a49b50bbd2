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
import org.mandatetracker.base.ui.Labels;
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
        grid.addColumn(registered -> registered.entity().code()).setHeader(getTranslation("entities.code")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(registered -> registered.entity().name(getLocale().getLanguage()))
                .setHeader(getTranslation("entities.name")).setFlexGrow(1);
        grid.addColumn(registered -> registered.entity().name("fr")).setHeader("Français").setFlexGrow(1);
        grid.addColumn(registered -> registered.entity().name("ru")).setHeader("Русский").setFlexGrow(1);
        grid.addColumn(registered -> String.join(", ", registered.entity().aliases())).setHeader(getTranslation("entities.aliases.column"))
                .setFlexGrow(1);
        grid.addColumn(registered -> Labels.of(EntityKind.valueOf(registered.entity().kind())))
                .setHeader(getTranslation("entities.kind"))
                .setAutoWidth(true);
        grid.addColumn(registered -> registered.retired() ? getTranslation("entities.retired") : "")
                .setHeader(getTranslation("entities.status")).setAutoWidth(true);
        boolean admin = currentUser.require().hasRole(Role.ADMIN);
        if (admin) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("entities.actions")).setAutoWidth(true);
        }
        grid.setSizeFull();
        if (admin) {
            Button add = new Button(getTranslation("entities.add"), click -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(new H2(getTranslation("menu.entities")), add));
        } else {
            add(new H2(getTranslation("menu.entities")));
        }
        add(grid);
        refresh();
    }

    private HorizontalLayout actions(RegisteredEntity registered) {
        String code = registered.entity().code();
        Button edit = new Button(getTranslation("entities.edit"), click -> edit(registered.entity()));
        edit.getElement().setAttribute("aria-label", getTranslation("entities.edit.entity", code));
        Button retire = new Button(registered.retired() ? getTranslation("entities.restore")
                : getTranslation("entities.retire"), click -> confirmRetirement(registered));
        retire.getElement().setAttribute("aria-label", registered.retired()
                ? getTranslation("entities.restore.entity", code) : getTranslation("entities.retire.entity", code));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(edit, retire);
    }

    /** The add form (no entity) or the edit form of one. */
    private void edit(UnEntity entity) {
        TextField code = new TextField(getTranslation("entities.code"));
        code.setHelperText(getTranslation("entities.code.helper"));
        Select<EntityKind> kind = new Select<>();
        kind.setLabel(getTranslation("entities.kind"));
        kind.setItems(EntityKind.values());
        kind.setItemLabelGenerator(Labels::of);
        TextField nameEn = new TextField(getTranslation("entities.name.en"));
        TextField nameFr = new TextField(getTranslation("entities.name.fr"));
        TextField nameEs = new TextField(getTranslation("entities.name.es"));
        TextField nameRu = new TextField(getTranslation("entities.name.ru"));
        TextField nameAr = new TextField(getTranslation("entities.name.ar"));
        TextField nameZh = new TextField(getTranslation("entities.name.zh"));
        TextArea aliases = new TextArea(getTranslation("entities.aliases"));
        aliases.setHelperText(getTranslation("entities.aliases.helper"));
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
        dialog.setHeaderTitle(entity == null ? getTranslation("entities.add.heading")
                : getTranslation("entities.edit.entity", entity.code()));
        Button save = new Button(getTranslation("entities.save"), click -> {
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
                errors.show("code", Labels.reasonOf(refused));
                return;
            }
            Notifications.success(getTranslation("entities.saved", form.code()));
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(code, kind, nameEn, nameFr, nameEs, nameRu, nameAr, nameZh, aliases));
        dialog.getFooter().add(new Button(getTranslation("entities.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmRetirement(RegisteredEntity registered) {
        String code = registered.entity().code();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(registered.retired() ? getTranslation("entities.restore.confirm", code)
                : getTranslation("entities.retire.confirm", code));
        confirm.setText(registered.retired() ? getTranslation("entities.restore.text", code)
                : getTranslation("entities.retire.text", code));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("entities.cancel"));
        confirm.setConfirmText(registered.retired() ? getTranslation("entities.restore") : getTranslation("entities.retire"));
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
