package org.mandatetracker.security;

import org.mandatetracker.base.Translatable;

/** How a person wants to hear of their deadlines; stored by name on the person. */
public enum ReminderDelivery implements Translatable {
    /** One e-mail for each reminder and escalation, as it falls due. */
    SINGLE("One e-mail per reminder"),
    /** One e-mail a day listing the tasks due within 30 days and the overdue ones, instead of single ones. */
    DAILY_DIGEST("One digest a day");

    private final String label;

    ReminderDelivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
