package org.mandatetracker.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import com.vaadin.flow.component.UI;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.security.ApiTokenService;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.Language;
import org.mandatetracker.security.ReminderDelivery;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;

/**
 * The signed-in person's own settings: how they hear of their deadlines (single reminders or one
 * digest a day, in their time zone), the language of their pages and e-mails, and their API tokens. The e-mails'
 * footer links here.
 */
@Route("settings")
@Menu(title = "settings.menu", order = 40)
@PermitAll
class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    SettingsView(UserService users, CurrentUser currentUser, ApiTokenService tokens) {
        UserAccount me = currentUser.require();

        RadioButtonGroup<ReminderDelivery> delivery = new RadioButtonGroup<>(getTranslation("settings.delivery"));
        delivery.setItems(ReminderDelivery.values());
        delivery.setItemLabelGenerator(Labels::of);
        delivery.setValue(me.reminderDelivery());

        ComboBox<String> zone = new ComboBox<>(getTranslation("settings.zone"));
        zone.setItems(ZONES);
        zone.setPlaceholder(getTranslation("settings.zone.placeholder"));
        zone.setClearButtonVisible(true);
        zone.setHelperText(getTranslation("settings.zone.helper"));
        zone.setWidth("24em");
        if (me.zone() != null) {
            zone.setValue(me.zone().getId());
        }

        RadioButtonGroup<Optional<Language>> language = new RadioButtonGroup<>(getTranslation("settings.language"));
        language.setItems(LanguageChoices.ALL);
        language.setItemLabelGenerator(LanguageChoices::label);
        Optional<Language> myLanguage = Optional.ofNullable(me.language());
        language.setValue(myLanguage);

        Button save = new Button(getTranslation("settings.save"), click -> {
            users.setReminderPreferences(me.username(), delivery.getValue(),
                    zone.getValue() == null ? null : ZoneId.of(zone.getValue()));
            users.setLanguage(me.username(), language.getValue().orElse(null));
            if (!language.getValue().equals(myLanguage)) {
                // every text of the page was written in the old language: the page is drawn again in the new one
                UI.getCurrent().getPage().reload();
                return;
            }
            Notifications.success(getTranslation("settings.saved"));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("settings.heading")),
                new Paragraph(me.email() == null ? getTranslation("settings.noAddress")
                        : getTranslation("settings.address", me.email())),
                delivery, zone, language, save, new ApiTokensSection(tokens));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("settings.heading"));
    }
}
