package org.mandatetracker.mandate;

/** What an import does with its renewal proposals where no correction decides: {@code ?renewals=accept}. */
public enum RenewalChoice {
    /** Each mandate with a proposal renews its best match. */
    ACCEPT,
    /** Every mandate starts its own follow-up beside the earlier ones, as before renewals were matched. */
    REJECT
}
