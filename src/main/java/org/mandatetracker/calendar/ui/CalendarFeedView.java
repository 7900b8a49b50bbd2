package org.mandatetracker.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.calendar.CalendarService;

/** The signed-in person's secret calendar address: shown, copied, renewed or revoked. */
@Route("calendar-feed")
@Menu(title = "menu.calendar", order = 30)
@PermitAll
class CalendarFeedView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarService calendars;
    private final TextField address = new TextField(getTranslation("calendar.address"));

    CalendarFeedView(CalendarService calendars) {
        this.calendars = calendars;
        address.setReadOnly(true);
        address.setWidthFull();
        address.setValue(calendars.feedUrl());
        Button copy = new Button(getTranslation("calendar.copy"), click -> {
            address.getElement().executeJs("navigator.clipboard.writeText($0)", address.getValue());
            Notifications.success(getTranslation("calendar.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button renew = new Button(getTranslation("calendar.renew"), click -> {
            address.setValue(calendars.renewFeed());
            Notifications.success(getTranslation("calendar.renewed"));
        });
        Button revoke = new Button(getTranslation("calendar.revoke"), click -> {
            calendars.revokeFeed();
            address.setValue("");
            Notifications.success(getTranslation("calendar.revoked"));
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2(getTranslation("menu.calendar")),
                new Paragraph(getTranslation("calendar.text")),
                address, new HorizontalLayout(copy, renew, revoke));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.calendar"));
    }
}
