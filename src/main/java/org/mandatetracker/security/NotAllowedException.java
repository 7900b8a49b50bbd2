package org.mandatetracker.security;

import org.mandatetracker.base.Message;
import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in person may not do this to this object (a mandate another entity leads): the API answers
 * 403, the UI says why in the reader's language ({@link #reason()}).
 */
public class NotAllowedException extends AccessDeniedException implements Message.Explained {

    private final transient Message reason;

    public NotAllowedException(Message reason) {
        super(reason.english());
        this.reason = reason;
    }

    @Override
    public Message reason() {
        return reason;
    }
}
