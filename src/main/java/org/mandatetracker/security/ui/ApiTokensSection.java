package org.mandatetracker.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.security.ApiTokenService;
import org.mandatetracker.security.ApiTokenSummary;
import org.mandatetracker.security.NewApiToken;

/**
 * The person's API tokens for scripts: create one (its token is shown this once), see when each was
 * last used, revoke one.
 */
class ApiTokensSection extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private final ApiTokenService tokens;
    private final Grid<ApiTokenSummary> grid = new Grid<>();
    private final TextField created = new TextField("Your new token");

    ApiTokensSection(ApiTokenService tokens) {
        this.tokens = tokens;
        setPadding(false);

        TextField name = new TextField("Name of a new token");
        name.setPlaceholder("the script that will use it");
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        name.setWidth("24em");
        Button create = new Button("Create token", click -> {
            try {
                show(tokens.create(name.getValue()));
                name.clear();
            } catch (IllegalArgumentException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        created.setReadOnly(true);
        created.setWidth("40em");
        created.setHelperText("Copy it now: it is shown only this once. Scripts send it as the header "
                + "Authorization: Bearer <token>.");
        created.setVisible(false);

        grid.addColumn(ApiTokenSummary::name).setHeader("Name").setFlexGrow(1);
        grid.addColumn(token -> time(token.created())).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(token -> token.lastUsed() == null ? "never" : time(token.lastUsed())).setHeader("Last used")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(token -> {
            Button revoke = new Button("Revoke", click -> {
                tokens.revoke(token.id());
                Notifications.success("Revoked " + token.name() + ": it signs nothing in any more");
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setWidth("48em");
        refresh();

        add(new H3("API tokens"),
                new Paragraph("Scripts sign in to the API with a token of yours instead of your password, and act as "
                        + "you. A token works until you revoke it."),
                form, created, grid);
    }

    private void show(NewApiToken token) {
        created.setValue(token.token());
        created.setVisible(true);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
