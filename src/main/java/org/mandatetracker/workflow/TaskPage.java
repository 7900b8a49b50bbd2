package org.mandatetracker.workflow;

import java.util.List;

/** One page of the tasks a person sees, with how many they see in all. */
public record TaskPage(List<WorkflowTask> tasks, long total) {
}
