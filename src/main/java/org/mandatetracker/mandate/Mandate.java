package org.mandatetracker.mandate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mandatetracker.base.Message;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.DuePrecision;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.extraction.Strength;

/**
 * A mandate of an imported resolution, as the rest of the product sees it.
 *
 * @param status     as {@link MandateStatus#of} derives it: on time, overdue, no date, done or dismissed
 * @param importedAt when its resolution was imported, which is when the mandate started waiting for triage
 * @param dueChangedAt when its due date last moved (the next reporting cycle, a correction); null if never
 * @param renews     the mandate of an earlier resolution this one renews and took the follow-up over from, or null
 * @param leftOutBy  a renewal of this mandate's resolution that renewed others of its mandates but not this one,
 *                   until its managers close or keep it; else null
 * @param evidence   where extraction read the verb, addressees, deadline and deliverable in {@code text}; null for
 *                   a mandate imported before evidence was kept
 */
public record Mandate(long id, long documentId, String symbol, Body body, String paragraph,
                      List<String> subparagraphs, String verb, Strength strength, MandateKind kind,
                      List<String> addressees, String reportTo, Due due, String recurrence, LocalDate endDate,
                      String deliverable, List<String> mentionedEntities, String text, MandateStatus status,
                      String ownerEntity, String focalPoint, String processInstanceId,
                      Instant importedAt, Instant dueChangedAt, Long renews, String leftOutBy,
                      ExtractionResult.Evidence evidence) {

    /** A title's subject at most, so that with the symbol and paragraph it fits in 250 characters. */
    private static final int MAX_TITLE_SUBJECT = 200;

    /**
     * The deadline: a date with its precision, or a session number, and the words that set it.
     *
     * @param estimated the date was computed from the session rules of the body, none being known; in JSON
     *                  only when true
     */
    public record Due(LocalDate date, DuePrecision precision, Integer session, String text,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean estimated) {
    }

    /** What people see as its tasks' title, in their own language. */
    public Message title() {
        return title(symbol, paragraph, deliverable, text);
    }

    /**
     * A task's title, "S/RES/2553 (2020) para. 25: a report" in English: the deliverable, or the paragraph's text
     * when there is none, cut so that the title stays one line of a list.
     */
    static Message title(String symbol, String paragraph, String deliverable, String text) {
        String subject = deliverable != null && !deliverable.isBlank() ? deliverable : text;
        return Message.of("task.title", symbol, paragraph,
                subject.length() <= MAX_TITLE_SUBJECT ? subject : subject.substring(0, MAX_TITLE_SUBJECT - 1) + "…");
    }
}
