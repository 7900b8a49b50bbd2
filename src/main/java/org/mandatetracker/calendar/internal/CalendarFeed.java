package org.mandatetracker.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's secret feed address: whoever knows the token reads that person's deadlines. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    private String username;

    @Column(nullable = false, unique = true)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(String username, String token, Instant createdAt) {
        this.username = username;
        this.token = token;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getToken() {
        return token;
    }

    public void renew(String newToken, Instant at) {
        token = newToken;
        createdAt = at;
    }
}
