package org.mandatetracker;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Locale;

/**
 * For components tested as plain objects: their words come from the product's message bundles, in
 * English, as without a running Vaadin service they have none.
 */
public final class EnglishTranslations {

    private EnglishTranslations() {
    }

    public static void install() {
        VaadinService service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(new DefaultI18NProvider(List.of(Locale.ENGLISH)));
        VaadinService.setCurrent(service);
    }

    public static void remove() {
        VaadinService.setCurrent(null);
    }
}
