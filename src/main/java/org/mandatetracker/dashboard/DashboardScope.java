package org.mandatetracker.dashboard;

/** Whose mandates the dashboard counts. */
public enum DashboardScope {
    OWN_ENTITY("My entity"), ALL("Everything I can see");

    private final String label;

    DashboardScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
