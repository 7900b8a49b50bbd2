package org.mandatetracker.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.mandatetracker.security.Role;

/**
 * The frame around every view: the menu lists the views the signed-in person may open (from their
 * {@code @Menu} annotations, whose titles are message keys, and access rules), admins also get Camunda Cockpit. The
 * frame's own words, and those Vaadin's components write for screen readers, are the reader's language.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1("Mandate Tracker");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        Span user = new Span(authentication.getPrincipalName().orElse(""));
        Button signOut = new Button(getTranslation("layout.signOut"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        DrawerToggle menuToggle = new DrawerToggle();
        menuToggle.setAriaLabel(getTranslation("layout.menuToggle"));
        HorizontalLayout header = new HorizontalLayout(menuToggle, title, user, signOut);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav menu = new SideNav();
        menu.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("layout.menuItemToggle")));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            menu.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
        addToDrawer(menu);
        if (authentication.hasRole(Role.ADMIN.name())) {
            Anchor cockpit = new Anchor("camunda/app/cockpit/default/", getTranslation("layout.cockpit"));
            cockpit.setRouterIgnore(true);
            cockpit.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
            addToDrawer(cockpit);
        }
        // the connection indicator's words are the client's own, English unless told
        getElement().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                        + " if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1; indicator.reconnectingText = $2; }",
                getTranslation("layout.connection.online"), getTranslation("layout.connection.lost"),
                getTranslation("layout.connection.reconnecting"));
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.drawer")));
        labelSortersInTheReadersLanguage();
    }

    /**
     * Vaadin 24's grid connector names each column's sort button "Sort by …" in English whatever the page's language
     * (Vaadin 25.3 brings {@code GridI18n.setSorter}): every sorter of the page, in any view or dialog and whenever a
     * header is drawn again, is named from the bundles instead, without rebuilding Vaadin's front-end bundle.
     */
    private void labelSortersInTheReadersLanguage() {
        getElement().executeJs("""
                        const labels = window.mandateTrackerSorterLabels = window.mandateTrackerSorterLabels || {};
                        labels.template = $0;
                        if (labels.observer) { labels.relabel(document); return; }
                        labels.relabel = root => root.querySelectorAll('vaadin-grid-sorter').forEach(sorter => {
                          const label = labels.template.replace('{0}', sorter.textContent.trim());
                          if (sorter.getAttribute('aria-label') !== label) { sorter.setAttribute('aria-label', label); }
                        });
                        labels.observer = new MutationObserver(() => labels.relabel(document));
                        labels.observer.observe(document.body, {subtree: true, childList: true, attributes: true,
                          attributeFilter: ['aria-label']});
                        labels.relabel(document);""",
                getTranslation("layout.sortBy"));
    }
}
