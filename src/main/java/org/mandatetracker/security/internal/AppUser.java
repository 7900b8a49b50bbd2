package org.mandatetracker.security.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.time.ZoneId;
import org.mandatetracker.security.Language;
import org.mandatetracker.security.ReminderDelivery;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;

@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String email;

    @Column(name = "entity_code", nullable = false)
    private String entityCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    /** Null: the person's pages follow their browser. */
    @Enumerated(EnumType.STRING)
    private Language language;

    @Column(name = "reminder_delivery", nullable = false)
    @Enumerated(EnumType.STRING)
    private ReminderDelivery reminderDelivery = ReminderDelivery.SINGLE;

    /** An IANA zone id such as {@code Europe/Geneva}; checked when set. */
    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set when an administrator resets the password: the person chooses their own at the next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String fullName, String email, String entityCode,
                   Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.email = email;
        this.entityCode = entityCode;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public void setReminderPreferences(ReminderDelivery reminderDelivery, ZoneId zone) {
        this.reminderDelivery = reminderDelivery;
        this.timeZone = zone == null ? null : zone.getId();
    }

    /** A new password hash, and whether its owner must replace it at the next sign-in (one an admin chose). */
    public void setPassword(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public void edit(String fullName, String email, String entityCode, Set<Role> roles, Language language) {
        this.fullName = fullName;
        this.email = email;
        this.entityCode = entityCode;
        this.roles.clear();
        this.roles.addAll(roles);
        this.language = language;
    }

    public UserAccount toAccount() {
        return new UserAccount(username, fullName, email, entityCode, roles, enabled, language, reminderDelivery,
                timeZone == null ? null : ZoneId.of(timeZone));
    }
}
