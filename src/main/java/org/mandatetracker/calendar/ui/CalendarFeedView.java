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
    private final TextField address = new TextField("Your secret calendar address");

    CalendarFeedView(CalendarService calendars) {
        this.calendars = calendars;
        address.setReadOnly(true);
        address.setWidthFull();
        address.setValue(calendars.feedUrl());
        Button copy = new Button("Copy", click -> {
            address.getElement().executeJs("navigator.clipboard.writeText($0)", address.getValue());
            Notifications.success("Copied");
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button renew = new Button("Renew", click -> {
            address.setValue(calendars.renewFeed());
            Notifications.success("New address: calendars subscribed to the old one stop updating");
        });
        Button revoke = new Button("Revoke", click -> {
            calendars.revokeFeed();
            address.setValue("");
            Notifications.success("Revoked: the address answers nothing any more");
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2("Calendar feed"),
                new Paragraph("Subscribe to this address in Outlook, Thunderbird or Google Calendar to see your "
                        + "tasks' and your entity's deadlines. Whoever knows it reads them: keep it to yourself, "
                        + "renew it if it got out."),
                address, new HorizontalLayout(copy, renew, revoke));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.calendar"));
    }
}
