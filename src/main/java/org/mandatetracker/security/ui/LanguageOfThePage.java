package org.mandatetracker.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.mandatetracker.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The language every page is written in: the signed-in person's setting, else (before sign-in, or for a
 * person who chose their browser's language) the browser's preferred language among those the product
 * speaks, else English. It sets the UI's locale (which the message
 * bundles, dates and numbers follow) and the page's {@code <html lang>}, which screen readers read.
 * A person who changes their setting reloads the page ({@link SettingsView}), so both follow at once.
 */
@Component
class LanguageOfThePage implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LanguageOfThePage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(localeOf(VaadinRequest.getCurrent())));
        event.addIndexHtmlRequestListener(this::setHtmlLang);
    }

    private void setHtmlLang(IndexHtmlResponse page) {
        page.getDocument().getElementsByTag("html").attr("lang",
                localeOf(page.getVaadinRequest()).getLanguage());
    }

    Locale localeOf(VaadinRequest request) {
        return currentUser.languageOfReader(browserLanguages(request)).locale();
    }

    /** Without an Accept-Language header the servlet container answers its own default locale, which is not the browser's. */
    private static List<Locale> browserLanguages(VaadinRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return List.of();
        }
        return Collections.list(request.getLocales());
    }
}
