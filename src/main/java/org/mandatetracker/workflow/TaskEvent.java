package org.mandatetracker.workflow;

import org.mandatetracker.base.Translatable;

/**
 * What happened to a task of a mandate's process, as the mandate's history lists it; its words take the
 * task's name ({0}) and, for an assignment, whom it went to ({1}).
 */
public enum TaskEvent implements Translatable {
    CREATED, ASSIGNED, COMPLETED, ENDED, COMMENTED,
    /** a comment left on the process rather than on one of its tasks */
    COMMENTED_ON_PROCESS
}
