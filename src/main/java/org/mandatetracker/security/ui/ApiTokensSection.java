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
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.security.ApiTokenService;
import org.mandatetracker.security.ApiTokenSummary;
import org.mandatetracker.security.NewApiToken;

/**
 * The person's API tokens for scripts: create one (its token is shown this once), see when each was
 * last used, revoke one.
 */
class ApiTokensSection extends VerticalLayout {

    private final ApiTokenService tokens;
    private final Grid<ApiTokenSummary> grid = new Grid<>();
    private final TextField created = new TextField(getTranslation("tokens.created"));

    ApiTokensSection(ApiTokenService tokens) {
        this.tokens = tokens;
        setPadding(false);

        TextField name = new TextField(getTranslation("tokens.name"));
        name.setPlaceholder(getTranslation("tokens.name.placeholder"));
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        name.setWidth("24em");
        Button create = new Button(getTranslation("tokens.create"), click -> {
            try {
                show(tokens.create(name.getValue()));
                name.clear();
            } catch (IllegalArgumentException refused) {
                Notifications.error(Labels.reasonOf(refused));
            }
        });
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        created.setReadOnly(true);
        created.setWidth("40em");
        created.setHelperText(getTranslation("tokens.created.helper"));
        created.setVisible(false);

        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("tokens.column.name")).setFlexGrow(1);
        grid.addColumn(token -> time(token.created())).setHeader(getTranslation("tokens.column.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(token -> token.lastUsed() == null ? getTranslation("tokens.never") : time(token.lastUsed()))
                .setHeader(getTranslation("tokens.column.lastUsed"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(token -> {
            Button revoke = new Button(getTranslation("tokens.revoke"), click -> {
                tokens.revoke(token.id());
                Notifications.success(getTranslation("tokens.revoked", token.name()));
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setWidth("48em");
        refresh();

        add(new H3(getTranslation("tokens.heading")),
                new Paragraph(getTranslation("tokens.text")),
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
        return LocalFormats.dateTime(instant, ZoneId.systemDefault());
    }
}
