package org.mandatetracker.workflow;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.mandatetracker.base.EnglishText;
import org.mandatetracker.base.Message;
import org.mandatetracker.base.Translatable;
import org.mandatetracker.mandate.MandateEvent;
import org.mandatetracker.mandate.MandateEventKind;

/**
 * One line of a mandate's whole history, its register events and its workflow's steps merged. Its words
 * are the bundles' ({@link Translatable#messageKey()} of the event): the UI writes them in the reader's
 * language, the API in English ({@link #what()}).
 *
 * @param actor    the username of who did it, or null for the system (an import job, the process itself)
 * @param event    what happened: a {@link MandateEventKind} or a {@link TaskEvent}, published by its name
 * @param taskKey  the task's definition key for a {@link TaskEvent} on a task, else null
 * @param taskName the task's name as the process model writes it, for a {@link TaskEvent} on a task, else null
 * @param assignee whom the task went to, for {@link TaskEvent#ASSIGNED}, else null
 * @param detail   more about it in English, or null: the lead named, a comment's text, a correction's reason
 * @param detailMessage the detail to read in any language, or null where there is only {@code detail}
 */
public record MandateHistoryEntry(Instant occurredAt, String actor, Translatable event, String taskKey, String taskName,
                                  String assignee, String detail, @JsonIgnore Message detailMessage) {

    static MandateHistoryEntry ofRegister(MandateEvent event) {
        return new MandateHistoryEntry(event.occurredAt(), event.actor(), event.kind(), null, null, null, event.detail(),
                event.detailMessage());
    }

    /** What happened in English words: "Lead assigned", "Task completed: Prepare report". */
    @JsonProperty
    public String what() {
        // a register event's words take no arguments, and MessageFormat would swallow their apostrophes
        return event instanceof TaskEvent ? EnglishText.of(event.messageKey(), taskName, assignee)
                : EnglishText.of(event.messageKey());
    }
}
