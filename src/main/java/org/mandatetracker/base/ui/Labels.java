package org.mandatetracker.base.ui;

import com.vaadin.flow.server.VaadinService;
import org.mandatetracker.base.RefusedException;
import org.mandatetracker.base.Translatable;

/** Words in the language of the current UI: of values (item label generators, grid columns) and of refusals. */
public final class Labels {

    private Labels() {
    }

    public static String of(Translatable value) {
        return value == null ? "" : translate(value.messageKey());
    }

    /** Why a service refused, in the reader's language where the service gave its reason a message key. */
    public static String reasonOf(RuntimeException refused) {
        return refused instanceof RefusedException known
                ? translate(known.messageKey(), known.arguments()) : refused.getMessage();
    }

    /** Without a running Vaadin service (a form tested as a plain object) the key shows, as components show it then. */
    private static String translate(String key, Object... arguments) {
        VaadinService service = VaadinService.getCurrent();
        return service == null ? "!{" + key + "}!"
                : service.getInstantiator().getI18NProvider().getTranslation(key, LocalFormats.locale(), arguments);
    }
}
