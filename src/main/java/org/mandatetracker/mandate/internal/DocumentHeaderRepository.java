package org.mandatetracker.mandate.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentHeaderRepository extends JpaRepository<DocumentHeader, Long> {
}
