package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.entity.UnEntity;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The managers' form that names a mandate's lead entity and focal point. Admins choose among all
 * entities, managers their own; {@link MandateService#assignOwner} decides who may.
 */
public class OwnerForm extends VerticalLayout {

    public OwnerForm(Mandate mandate, UserAccount user, MandateService mandates, UserService users,
                     EntityService entities, String language, Consumer<Mandate> onAssigned) {
        setPadding(false);
        ComboBox<UnEntity> entity = new ComboBox<>(getTranslation("owner.leadEntity"));
        List<UnEntity> choices = user.hasRole(Role.ADMIN) ? entities.findActive()
                : entities.find(user.entityCode()).stream().toList();
        entity.setItems(choices);
        entity.setItemLabelGenerator(unEntity -> unEntity.code() + " · " + unEntity.name(language));
        ComboBox<UserAccount> focalPoint = new ComboBox<>(getTranslation("owner.focalPoint"));
        focalPoint.setItemLabelGenerator(account -> account.fullName() + " (" + account.username() + ")");
        entity.addValueChangeListener(change -> {
            List<UserAccount> people = change.getValue() == null ? List.of() : users.findByEntity(change.getValue().code());
            focalPoint.setItems(people);
            people.stream().filter(person -> person.username().equals(mandate.focalPoint())).findFirst()
                    .ifPresent(focalPoint::setValue);
        });
        choices.stream().filter(choice -> choice.code().equals(mandate.ownerEntity())).findFirst().ifPresent(entity::setValue);
        Button assign = new Button(getTranslation("owner.assign"), click -> {
            if (entity.getValue() == null || focalPoint.getValue() == null) {
                Notifications.error(getTranslation("owner.chooseBoth"));
                return;
            }
            try {
                Mandate assigned = mandates.assignOwner(mandate.id(), entity.getValue().code(),
                        focalPoint.getValue().username());
                Notifications.success(getTranslation("owner.assigned", assigned.ownerEntity()));
                onAssigned.accept(assigned);
            } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException refused) {
                Notifications.error(Labels.reasonOf(refused));
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("owner.title")), entity, focalPoint, assign);
    }
}
