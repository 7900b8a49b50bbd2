package org.mandatetracker.reminder.api;

import java.util.List;
import org.mandatetracker.reminder.Reminder;
import org.mandatetracker.reminder.ReminderService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The send log: reminders and escalations sent, queued or failed; admins see all, others their own. */
@RestController
class ReminderController {

    private final ReminderService reminders;

    ReminderController(ReminderService reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/api/reminders")
    List<Reminder> reminders() {
        return reminders.visibleReminders();
    }
}
