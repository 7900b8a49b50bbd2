package org.mandatetracker.security;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.security.internal.AppUser;
import org.mandatetracker.security.internal.AppUserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.Valid;

/** The people who can sign in, their roles and their entity. */
@Service
@Validated
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final EntityService entities;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, EntityService entities) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.entities = entities;
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

    /** The language a person's e-mails are written in: the person themselves or an admin may change it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or #username == authentication.name")
    public void setLanguage(String username, Language language) {
        users.findById(username).orElseThrow(() -> new IllegalArgumentException("No user named '" + username + "'"))
                .setLanguage(language);
    }

    /**
     * How a person hears of their deadlines: single e-mails or a daily digest, and the zone whose hour
     * the digest keeps (null: the product's). The person themselves or an admin may change it.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or #username == authentication.name")
    public UserAccount setReminderPreferences(String username, ReminderDelivery delivery, ZoneId zone) {
        AppUser user = users.findById(username)
                .orElseThrow(() -> new IllegalArgumentException("No user named '" + username + "'"));
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
        return createAtStartUp(newUser);
    }

    /**
     * For start-up code that runs before anybody signs in: the demo users, whose documented password
     * {@code demo} is shorter than the policy. Package-private so neither UI nor API reaches it.
     */
    @Transactional
    UserAccount createAtStartUp(NewUser newUser) {
        if (users.existsById(newUser.username())) {
            throw new IllegalArgumentException("A user named '" + newUser.username() + "' already exists");
        }
        if (entities.find(newUser.entityCode()).isEmpty()) {
            throw new IllegalArgumentException("Unknown entity '" + newUser.entityCode() + "'");
        }
        AppUser user = new AppUser(newUser.username(), passwordEncoder.encode(newUser.password()), newUser.fullName(),
                blankToNull(newUser.email()), newUser.entityCode(), newUser.roles());
        return users.save(user).toAccount();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(String username, boolean enabled) {
        users.findById(username).orElseThrow(() -> new IllegalArgumentException("No user named '" + username + "'"))
                .setEnabled(enabled);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
