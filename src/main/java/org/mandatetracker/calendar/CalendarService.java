package org.mandatetracker.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mandatetracker.mandate.MandatePage;
import org.mandatetracker.base.LocalText;
import org.mandatetracker.base.MandateTrackerProperties;
import org.mandatetracker.calendar.internal.CalendarFeed;
import org.mandatetracker.calendar.internal.CalendarFeedRepository;
import org.mandatetracker.calendar.internal.DeadlineCalendar;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.MandateColumn;
import org.mandatetracker.mandate.MandateSort;
import org.mandatetracker.mandate.StatusFilter;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;
import org.mandatetracker.workflow.MandateTaskService;
import org.mandatetracker.workflow.TaskForm;
import org.mandatetracker.workflow.WorkflowProperties;
import org.mandatetracker.workflow.WorkflowTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's deadlines as an iCalendar feed: the open tasks they see (their own and their groups') and
 * their entity's open mandates. Calendar programs that cannot sign in use a secret address instead,
 * whose token reads that person's feed and nothing else. The feed is in the language of the person's e-mails.
 */
@Service
public class CalendarService {

    /** 32 random bytes: unguessable, URL-safe. */
    private static final int TOKEN_BYTES = 32;
    /**
     * A feed's bounds, so that an admin's feed does not list every task of tens of thousands of processes: the
     * soonest due tasks, the entity's most recently overdue mandates and its next ones.
     */
    private static final int MAX_TASKS = 500;
    private static final int MAX_MANDATES_PER_STATUS = 250;
    /** Revisions count minutes from here. */
    private static final Instant REVISION_EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private final MandateTaskService tasks;
    private final MandateService mandates;
    private final UserService users;
    private final CurrentUser currentUser;
    private final CalendarFeedRepository feeds;
    private final DeadlineCalendar calendar;
    private final MandateTrackerProperties product;
    private final WorkflowProperties workflow;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarService(MandateTaskService tasks, MandateService mandates, UserService users, CurrentUser currentUser,
                    CalendarFeedRepository feeds, DeadlineCalendar calendar, MandateTrackerProperties product,
                    WorkflowProperties workflow, Clock clock) {
        this.tasks = tasks;
        this.mandates = mandates;
        this.users = users;
        this.currentUser = currentUser;
        this.feeds = feeds;
        this.calendar = calendar;
        this.product = product;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** The signed-in person's deadlines as iCalendar text. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String myDeadlines() {
        UserAccount user = currentUser.require();
        // a calendar program asks in no language: the feed speaks the person's own, as their e-mails do
        Locale locale = user.languageOfEmails().locale();
        List<Deadline> deadlines = new ArrayList<>();
        for (WorkflowTask task : tasks.soonestDueTasks(MAX_TASKS)) {
            deadlines.add(taskDeadline(task, locale));
        }
        MandateFilter ownEntity = MandateFilter.ALL.withLeadEntity(user.entityCode());
        List<Mandate> open = new ArrayList<>(mandates.page(ownEntity.withStatus(StatusFilter.OVERDUE),
                List.of(new MandateSort(MandateColumn.DUE, true)), 0, MAX_MANDATES_PER_STATUS));
        open.addAll(mandates.page(ownEntity.withStatus(StatusFilter.OPEN), List.of(), 0, MAX_MANDATES_PER_STATUS));
        for (Mandate mandate : open) {
            if (mandate.due() != null && mandate.due().date() != null) {
                deadlines.add(mandateDeadline(mandate, locale));
            }
        }
        return calendar.write("Mandate Tracker · " + user.fullName(), deadlines);
    }

    /**
     * The feed of the person whose secret token this is, read as that person; empty for an unknown or
     * revoked token, or a person who can no longer sign in.
     */
    @Transactional(readOnly = true)
    public Optional<String> deadlinesForToken(String token) {
        Optional<UserAccount> owner = feeds.findByToken(token).flatMap(feed -> users.find(feed.getUsername()))
                .filter(UserAccount::enabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(currentUser.runAs(owner.get(), this::myDeadlines));
    }

    /** The signed-in person's secret feed address, created on first use. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String feedUrl() {
        String username = currentUser.require().username();
        CalendarFeed feed = feeds.findById(username)
                .orElseGet(() -> feeds.save(new CalendarFeed(username, newToken(), clock.instant())));
        return urlOf(feed);
    }

    /** A new secret address; the old one answers 404 from now on. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String renewFeed() {
        String username = currentUser.require().username();
        Optional<CalendarFeed> existing = feeds.findById(username);
        if (existing.isEmpty()) {
            return feedUrl();
        }
        existing.get().renew(newToken(), clock.instant());
        return urlOf(existing.get());
    }

    /** No secret address any more: calendar programs subscribed to it get 404. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revokeFeed() {
        feeds.deleteById(currentUser.require().username());
    }

    private Deadline taskDeadline(WorkflowTask task, Locale locale) {
        LocalDate day = task.due().toInstant().atZone(workflow.zone()).toLocalDate();
        String link = task.mandateId() == null ? product.link("tasks") : mandateLink(task.mandateId());
        Instant changed = task.lastUpdated().toInstant();
        String title = task.title() == null ? "" : LocalText.of(locale, task.title().key(), task.title().arguments());
        String name = TaskForm.of(task.taskKey()).map(form -> LocalText.of(locale, form.messageKey())).orElse(task.name());
        return new Deadline("task-" + task.id() + "@mandate-tracker", name + " · " + title,
                title + "\n" + product.link("tasks"), day, link, revision(changed), changed);
    }

    private Deadline mandateDeadline(Mandate mandate, Locale locale) {
        // the date comes from the resolution until the next cycle or a correction moves it
        Instant moved = mandate.dueChangedAt();
        return new Deadline("mandate-" + mandate.id() + "@mandate-tracker", LocalText.of(locale, "calendar.event.due", mandate.title()),
                mandate.text(), mandate.due().date(), mandateLink(mandate.id()), moved == null ? 0 : revision(moved),
                moved);
    }

    private String mandateLink(long mandateId) {
        return product.link(MandatePage.path(mandateId));
    }

    /** SEQUENCE grows with every change: the minutes from 2020 to the last one. */
    private static int revision(Instant changed) {
        return (int) Math.max(0, Duration.between(REVISION_EPOCH, changed).toMinutes());
    }

    private String urlOf(CalendarFeed feed) {
        return product.link("calendar/" + feed.getToken() + ".ics");
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
