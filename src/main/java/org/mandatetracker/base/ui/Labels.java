package org.mandatetracker.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.mandatetracker.base.RefusedException;
import org.mandatetracker.base.Translatable;

/** Words in the language of the current UI: of values (item label generators, grid columns) and of refusals. */
public final class Labels {

    private Labels() {
    }

    public static String of(Translatable value) {
        return value == null ? "" : I18NProvider.translate(value.messageKey());
    }

    /** Why a service refused, in the reader's language where the service gave its reason a message key. */
    public static String reasonOf(RuntimeException refused) {
        return refused instanceof RefusedException known
                ? I18NProvider.translate(known.messageKey(), known.arguments()) : refused.getMessage();
    }
}
