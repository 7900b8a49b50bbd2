package org.mandatetracker.mandate.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mandatetracker.base.Message;
import org.mandatetracker.base.Translatable;
import org.mandatetracker.entity.EntityCodes;

/**
 * A history detail's message arguments in one column, each kept as what it is, so that the detail reads
 * in each reader's language: a value with words of its own (a kind) by its message key, a date as a
 * date, entities by their codes, anything else as its text.
 */
final class DetailArguments {

    /** The unit separator, which no text a person types holds. */
    private static final String SEPARATOR = "\u001F";
    private static final char TEXT = 'T';
    private static final char DATE = 'D';
    private static final char WORDS = 'K';
    private static final char ENTITIES = 'E';
    private static final String CODE_SEPARATOR = ",";

    private DetailArguments() {
    }

    static String encode(Object[] arguments) {
        return Arrays.stream(arguments).map(DetailArguments::encoded).collect(Collectors.joining(SEPARATOR));
    }

    private static String encoded(Object argument) {
        if (argument instanceof Translatable value) {
            return WORDS + value.messageKey();
        }
        if (argument instanceof EntityCodes entities) {
            return ENTITIES + String.join(CODE_SEPARATOR, entities.codes());
        }
        return argument instanceof LocalDate date ? DATE + date.toString()
                : TEXT + String.valueOf(argument).replace(SEPARATOR, " ");
    }

    /**
     * The arguments as the UI translates them: a value's words as a {@link Message} of their own, entities as
     * {@link EntityCodes} for the reader to name.
     */
    static Object[] decode(String column) {
        return column.isEmpty() ? new Object[0] : Arrays.stream(column.split(SEPARATOR, -1)).map(DetailArguments::decoded)
                .toArray();
    }

    private static Object decoded(String argument) {
        String value = argument.substring(1);
        return switch (argument.charAt(0)) {
            case WORDS -> Message.of(value);
            case DATE -> LocalDate.parse(value);
            case ENTITIES -> new EntityCodes(value.isEmpty() ? List.of() : List.of(value.split(CODE_SEPARATOR)));
            default -> value;
        };
    }
}
