package org.mandatetracker.audit.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEventRecord, Long> {

    List<AuditEventRecord> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

    List<AuditEventRecord> findBySubjectOrderByOccurredAtDescIdDesc(String subject, Pageable page);
}
