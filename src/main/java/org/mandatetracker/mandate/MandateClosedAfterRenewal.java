package org.mandatetracker.mandate;

/**
 * Published in the managers' transaction when they close a mandate that a renewal of its resolution left
 * out: the workflow ends its process as superseded by {@code renewalSymbol}.
 */
public record MandateClosedAfterRenewal(Mandate mandate, String renewalSymbol) {
}
