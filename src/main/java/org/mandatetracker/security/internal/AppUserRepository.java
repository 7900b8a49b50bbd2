package org.mandatetracker.security.internal;

import java.util.List;
import org.mandatetracker.security.ReminderDelivery;
import org.mandatetracker.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, String> {

    List<AppUser> findAllByOrderByUsername();

    List<AppUser> findByEntityCodeOrderByUsername(String entityCode);

    boolean existsByEntityCodeAndEnabledTrueAndRolesContaining(String entityCode, Role role);

    List<AppUser> findByEntityCodeAndEnabledTrueAndRolesContainingOrderByUsername(String entityCode, Role role);

    List<AppUser> findByEnabledTrueAndRolesContainingOrderByUsername(Role role);

    List<AppUser> findByEnabledTrueAndReminderDeliveryOrderByUsername(ReminderDelivery reminderDelivery);
}
