package org.mandatetracker.reminder.delegate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mandatetracker.reminder.ReminderService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans the models' asynchronous service tasks call after a user task's timers: each finds the
 * user task its path started from and calls one method of {@link ReminderService}.
 */
@Configuration
class ReminderDelegates {

    /** "Send reminder": reminds the task's people of the lead time reached. */
    @Bean
    JavaDelegate sendReminderDelegate(ReminderService reminders, TaskService tasks) {
        return execution -> RemindedTasks.of(execution, tasks).forEach(reminders::remind);
    }

    /** "Escalate": tells the managers responsible for the overdue task. */
    @Bean
    JavaDelegate sendEscalationDelegate(ReminderService reminders, TaskService tasks) {
        return execution -> RemindedTasks.of(execution, tasks).forEach(reminders::escalate);
    }
}
