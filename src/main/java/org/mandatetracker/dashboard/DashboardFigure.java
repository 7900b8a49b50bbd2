package org.mandatetracker.dashboard;

import org.mandatetracker.base.Translatable;

/** What a figure of the dashboard counts; {@link #DUE_WITHIN} is one figure per configured number of days. */
public enum DashboardFigure implements Translatable {
    OVERDUE, DUE_WITHIN, NO_DATE, DONE_THIS_YEAR
}
