package org.mandatetracker.security;

/** A token just created: {@code token} is shown this once and kept nowhere, only its hash is. */
public record NewApiToken(ApiTokenSummary summary, String token) {
}
