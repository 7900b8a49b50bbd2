package org.mandatetracker.entity;

import java.util.List;
import java.util.Optional;
import org.mandatetracker.entity.internal.EntityRecord;
import org.mandatetracker.entity.internal.EntityRecordRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The entity registry as kept in the database (seeded from the built-in registry by a migration). */
@Service
public class EntityService {

    private final EntityRecordRepository entities;

    EntityService(EntityRecordRepository entities) {
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    public List<UnEntity> findAll() {
        return entities.findAllByOrderByCode().stream().map(EntityRecord::toEntity).toList();
    }

    /** The registry as extraction uses it: what the database holds now, including admins' additions. */
    @Transactional(readOnly = true)
    public EntityCatalog catalog() {
        return new EntityCatalog(findAll());
    }

    @Transactional(readOnly = true)
    public Optional<UnEntity> find(String code) {
        return entities.findById(code).map(EntityRecord::toEntity);
    }
}
