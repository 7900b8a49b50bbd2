package org.mandatetracker.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.security.ApiTokenService;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.Language;
import org.mandatetracker.security.ReminderDelivery;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;

/**
 * The signed-in person's own settings: how they hear of their deadlines (single reminders or one
 * digest a day, in their time zone), the language of their e-mails, and their API tokens. The e-mails'
 * footer links here.
 */
@Route("settings")
@PageTitle("My settings · Mandate Tracker")
@Menu(title = "My settings", order = 40)
@PermitAll
class SettingsView extends VerticalLayout {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    SettingsView(UserService users, CurrentUser currentUser, ApiTokenService tokens) {
        UserAccount me = currentUser.require();

        RadioButtonGroup<ReminderDelivery> delivery = new RadioButtonGroup<>("Reminders before due dates");
        delivery.setItems(ReminderDelivery.values());
        delivery.setItemLabelGenerator(ReminderDelivery::label);
        delivery.setValue(me.reminderDelivery());

        ComboBox<String> zone = new ComboBox<>("Time zone of the daily digest");
        zone.setItems(ZONES);
        zone.setPlaceholder("the product's own zone");
        zone.setClearButtonVisible(true);
        zone.setHelperText("The digest goes out each morning at the hour the administrators set, in this zone.");
        zone.setWidth("24em");
        if (me.zone() != null) {
            zone.setValue(me.zone().getId());
        }

        RadioButtonGroup<Language> language = new RadioButtonGroup<>("Language of e-mails");
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::label);
        language.setValue(me.language());

        Button save = new Button("Save", click -> {
            users.setReminderPreferences(me.username(), delivery.getValue(),
                    zone.getValue() == null ? null : ZoneId.of(zone.getValue()));
            users.setLanguage(me.username(), language.getValue());
            Notifications.success("Saved");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("My settings"),
                new Paragraph("Reminders go to " + (me.email() == null ? "no address: ask an administrator to add yours"
                        : me.email()) + "."),
                delivery, zone, language, save, new ApiTokensSection(tokens));
    }
}
