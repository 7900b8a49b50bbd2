package org.mandatetracker.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of a calendar feed: a task's or a mandate's due day.
 *
 * @param uid      stable across feeds and fetches, so that calendar programs update the event in place
 * @param revision grows whenever the deadline changes (written as SEQUENCE)
 * @param lastModified when it last changed, if known
 */
public record Deadline(String uid, String summary, String description, LocalDate day, String url, int revision,
                       Instant lastModified) {
}
