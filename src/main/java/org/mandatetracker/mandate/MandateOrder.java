package org.mandatetracker.mandate;

import org.springframework.data.domain.Sort;

/** The orders a short list of mandates comes in. */
public enum MandateOrder {
    /** Earliest due first: among overdue mandates, the latest first. */
    EARLIEST_DUE_FIRST(Sort.by("dueDate", "id")),
    /** Longest waiting first: documents get their ids in the order they are imported. */
    LONGEST_WAITING_FIRST(Sort.by("documentId", "id"));

    private final Sort sort;

    MandateOrder(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }
}
