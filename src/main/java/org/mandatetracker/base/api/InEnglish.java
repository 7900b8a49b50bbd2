package org.mandatetracker.base.api;

import com.fasterxml.jackson.databind.util.StdConverter;
import org.mandatetracker.base.Message;

/** Writes words kept as a {@link Message} into the API's JSON as their English text, as the API speaks English. */
public final class InEnglish extends StdConverter<Message, String> {

    @Override
    public String convert(Message words) {
        return words.english();
    }
}
