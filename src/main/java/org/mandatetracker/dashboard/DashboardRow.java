package org.mandatetracker.dashboard;

import org.mandatetracker.base.Translatable;

/** A row of the breakdown by lead entity that is no entity: the mandates no lead was named for yet. */
public enum DashboardRow implements Translatable {
    TO_TRIAGE
}
