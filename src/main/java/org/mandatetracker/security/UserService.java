package org.mandatetracker.security;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.security.SecureRandom;
import java.util.stream.Collectors;
import org.mandatetracker.audit.AuditAction;
import org.mandatetracker.audit.AuditLog;
import org.mandatetracker.base.RefusedException;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.security.internal.AppUser;
import org.mandatetracker.security.internal.AppUserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.Valid;

/** The people who can sign in, their roles and their entity; every change by an admin is audited. */
@Service
@Validated
public class UserService {

    /** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
    private static final String TEMPORARY_PASSWORD_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int TEMPORARY_PASSWORD_LENGTH = 16;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final EntityService entities;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, EntityService entities, AuditLog audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.entities = entities;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return users.findById(username).map(AppUser::toAccount);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> findAll() {
        return users.findAllByOrderByUsername().stream().map(AppUser::toAccount).toList();
    }

    /** The people of one entity, for choosing a focal point. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<UserAccount> findByEntity(String entityCode) {
        return users.findByEntityCodeOrderByUsername(entityCode).stream().map(AppUser::toAccount).toList();
    }

    /** Whether anybody can triage for the entity: decides where a mandate's triage task goes. */
    @Transactional(readOnly = true)
    public boolean hasActiveManagers(String entityCode) {
        return users.existsByEntityCodeAndEnabledTrueAndRolesContaining(entityCode, Role.MANAGER);
    }

    /**
     * The enabled people of workflow candidate groups ({@link WorkflowGroups}), for reminders sent by
     * background jobs, which act for nobody in particular.
     */
    @Transactional(readOnly = true)
    public List<UserAccount> findInGroups(Collection<String> groups) {
        Map<String, UserAccount> members = new TreeMap<>();
        for (String group : groups) {
            WorkflowGroups.parse(group).ifPresent(membership -> {
                List<AppUser> found = membership.entityCode() == null
                        ? users.findByEnabledTrueAndRolesContainingOrderByUsername(membership.role())
                        : users.findByEntityCodeAndEnabledTrueAndRolesContainingOrderByUsername(
                                membership.entityCode(), membership.role());
                found.forEach(user -> members.put(user.getUsername(), user.toAccount()));
            });
        }
        return List.copyOf(members.values());
    }

    /**
     * The language a person's pages and e-mails are written in, null to follow their browser's: the person
     * themselves or an admin may change it.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or #username == authentication.name")
    public void setLanguage(String username, Language language) {
        existing(username).setLanguage(language);
    }

    /**
     * How a person hears of their deadlines: single e-mails or a daily digest, and the zone whose hour
     * the digest keeps (null: the product's). The person themselves or an admin may change it.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or #username == authentication.name")
    public UserAccount setReminderPreferences(String username, ReminderDelivery delivery, ZoneId zone) {
        AppUser user = existing(username);
        user.setReminderPreferences(Objects.requireNonNull(delivery, "delivery"), zone);
        return user.toAccount();
    }

    /** The enabled people who chose a daily digest, for the digest job, which acts for nobody in particular. */
    @Transactional(readOnly = true)
    public List<UserAccount> findTakingDailyDigest() {
        return users.findByEnabledTrueAndReminderDeliveryOrderByUsername(ReminderDelivery.DAILY_DIGEST).stream()
                .map(AppUser::toAccount).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount create(@Valid NewUser newUser) {
        UserAccount created = createAtStartUp(newUser);
        audit.record(AuditAction.USER_ADDED, created.username(), describe(created));
        return created;
    }

    /** Changes a person's name, e-mail, entity, roles and language; effective at their next request. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount update(String username, @Valid EditedUser edited) {
        AppUser user = existing(username);
        UserAccount before = user.toAccount();
        if (!edited.entityCode().equals(before.entityCode()) && entities.findActive(edited.entityCode()).isEmpty()) {
            throw new RefusedException("users.unknownEntity", edited.entityCode());
        }
        user.edit(edited.fullName().strip(), blankToNull(edited.email()), edited.entityCode(), edited.roles(),
                edited.language());
        UserAccount after = user.toAccount();
        String changes = changes(before, after);
        if (!changes.isEmpty()) {
            audit.record(AuditAction.USER_EDITED, username, changes);
        }
        return after;
    }

    /**
     * Gives the person a new random password, answered once for the admin to pass on; the person
     * must choose their own at the next sign-in.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(String username) {
        AppUser user = existing(username);
        String temporary = random.ints(TEMPORARY_PASSWORD_LENGTH, 0, TEMPORARY_PASSWORD_LETTERS.length())
                .mapToObj(TEMPORARY_PASSWORD_LETTERS::charAt).map(String::valueOf).collect(Collectors.joining());
        user.setPassword(passwordEncoder.encode(temporary), true);
        audit.record(AuditAction.PASSWORD_RESET, username, "must be changed at the next sign-in");
        return temporary;
    }

    /** The signed-in person's own new password, proven by the current one. */
    @Transactional
    @PreAuthorize("#username == authentication.name")
    public void changeOwnPassword(String username, @Valid PasswordChange change) {
        AppUser user = existing(username);
        if (!passwordEncoder.matches(change.currentPassword(), user.getPasswordHash())) {
            throw new PasswordChangeRefusedException(PasswordChangeRefusedException.Field.CURRENT_PASSWORD,
                    "password.notCurrent");
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw new PasswordChangeRefusedException(PasswordChangeRefusedException.Field.NEW_PASSWORD,
                    "password.sameAsCurrent");
        }
        user.setPassword(passwordEncoder.encode(change.newPassword()), false);
        audit.record(AuditAction.PASSWORD_CHANGED, username, "by the person");
    }

    /** Whether the person still signs in with a password an admin reset, and must choose their own first. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findById(username).map(AppUser::mustChangePassword).orElse(false);
    }

    /**
     * For start-up code that runs before anybody signs in: the demo users, whose documented password
     * {@code demo} is shorter than the policy. Package-private so neither UI nor API reaches it.
     */
    @Transactional
    UserAccount createAtStartUp(NewUser newUser) {
        if (users.existsById(newUser.username())) {
            throw new RefusedException("users.exists", newUser.username());
        }
        if (entities.findActive(newUser.entityCode()).isEmpty()) {
            throw new RefusedException("users.unknownEntity", newUser.entityCode());
        }
        AppUser user = new AppUser(newUser.username(), passwordEncoder.encode(newUser.password()), newUser.fullName(),
                blankToNull(newUser.email()), newUser.entityCode(), newUser.roles());
        return users.save(user).toAccount();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(String username, boolean enabled) {
        AppUser user = existing(username);
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, username, null);
        }
    }

    private AppUser existing(String username) {
        return users.findById(username).orElseThrow(() -> new IllegalArgumentException("No user named '" + username + "'"));
    }

    private static String describe(UserAccount account) {
        return account.fullName() + ", " + account.entityCode() + ", " + roles(account)
                + (account.email() == null ? "" : ", " + account.email());
    }

    private static String changes(UserAccount before, UserAccount after) {
        List<String> changes = new ArrayList<>();
        change(changes, "name", before.fullName(), after.fullName());
        change(changes, "e-mail", before.email(), after.email());
        change(changes, "entity", before.entityCode(), after.entityCode());
        change(changes, "roles", roles(before), roles(after));
        change(changes, "language", languageName(before), languageName(after));
        return String.join("; ", changes);
    }

    private static void change(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " " + Objects.requireNonNullElse(before, "none") + " → " + Objects.requireNonNullElse(after, "none"));
        }
    }

    /** The audit history is in English. */
    private static String languageName(UserAccount account) {
        return account.language() == null ? "browser's language" : account.language().label();
    }

    private static String roles(UserAccount account) {
        return account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
