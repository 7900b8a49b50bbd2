package org.mandatetracker.base.ui;

import com.vaadin.flow.server.VaadinService;
import java.time.LocalDate;
import java.util.Arrays;
import org.mandatetracker.base.Message;
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
        return refused instanceof Message.Explained known ? of(known.reason()) : refused.getMessage();
    }

    public static String of(Message message) {
        return message == null ? "" : translate(message.key(), message.arguments());
    }

    /**
     * Arguments that are values with words of their own (a status, a kind, a message) read in the reader's
     * language too, and dates in the reader's format. Without a running Vaadin service (a form tested as a plain
     * object) the key shows, as components show it then.
     */
    private static String translate(String key, Object... arguments) {
        VaadinService service = VaadinService.getCurrent();
        return service == null ? "!{" + key + "}!"
                : service.getInstantiator().getI18NProvider().getTranslation(key, LocalFormats.locale(),
                        Arrays.stream(arguments).map(Labels::local).toArray());
    }

    private static Object local(Object argument) {
        if (argument instanceof Translatable value) {
            return of(value);
        }
        if (argument instanceof Message words) {
            return of(words);
        }
        return argument instanceof LocalDate date ? LocalFormats.date(date) : argument;
    }
}
