package org.mandatetracker.security;

import java.time.Instant;

/**
 * A personal API token as its owner sees it in the list: never the token itself.
 *
 * @param lastUsed when a request last signed in with it (to the minute), or null if none has
 */
public record ApiTokenSummary(long id, String name, Instant created, Instant lastUsed) {
}
