package org.mandatetracker.calendar.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarFeedRepository extends JpaRepository<CalendarFeed, String> {

    Optional<CalendarFeed> findByToken(String token);
}
