package org.mandatetracker.dashboard;

import org.mandatetracker.base.Translatable;

/** Whose mandates the dashboard counts. */
public enum DashboardScope implements Translatable {
    OWN_ENTITY("My entity"), ALL("Everything I can see");

    private final String label;

    DashboardScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
