package org.mandatetracker.mandate.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MandateMentionRepository extends JpaRepository<MandateMention, Long> {
}
