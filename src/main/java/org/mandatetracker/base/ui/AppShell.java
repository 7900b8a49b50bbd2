package org.mandatetracker.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page around every view: the product's icon (an SVG, and a PNG for browsers without SVG icons)
 * and its few styles beyond Lumo, a static stylesheet so that the front-end bundle needs no rebuild.
 */
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addFavIcon("icon", "icons/favicon-32.png", "32x32");
        settings.addLink("stylesheet", "styles/product.css");
    }
}
