package org.mandatetracker.reminder.delegate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mandatetracker.reminder.DailyDigestService;
import org.mandatetracker.reminder.ReminderService;
import org.mandatetracker.workflow.MandateProcesses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans the models' asynchronous service tasks call after a timer: those of the mandate models
 * find the user task their path started from and call one method of {@link ReminderService}; the
 * digest model's calls {@link DailyDigestService}.
 */
@Configuration
class ReminderDelegates {

    /** "Send reminder": reminds the task's people of the lead time reached. */
    @Bean
    JavaDelegate sendReminderDelegate(ReminderService reminders, TaskService tasks) {
        return execution -> RemindedTasks.of(execution, tasks).forEach(reminders::remind);
    }

    /** "Send daily digests", each hour of the digest model: today's digests whose hour has come. */
    @Bean
    JavaDelegate sendDailyDigestsDelegate(DailyDigestService digests) {
        return execution -> digests.sendDueDigests();
    }

    /** "Ask managers to close or keep", when a renewal left the mandate out. */
    @Bean
    JavaDelegate sendLeftOutNoticeDelegate(ReminderService reminders) {
        return execution -> reminders.askToCloseOrKeep((Long) execution.getVariable(MandateProcesses.VAR_MANDATE_ID));
    }

    /** "Escalate": tells the managers responsible for the overdue task. */
    @Bean
    JavaDelegate sendEscalationDelegate(ReminderService reminders, TaskService tasks) {
        return execution -> RemindedTasks.of(execution, tasks).forEach(reminders::escalate);
    }
}
