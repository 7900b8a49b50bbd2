package org.mandatetracker.entity;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mandatetracker.audit.AuditAction;
import org.mandatetracker.audit.AuditLog;
import org.mandatetracker.base.RefusedException;
import org.mandatetracker.entity.internal.EntityRecord;
import org.mandatetracker.entity.internal.EntityRecordRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The entity registry as kept in the database (seeded from the built-in registry by a migration) and
 * edited by admins: extraction reads it as it stands at each import.
 */
@Service
@Validated
public class EntityService {

    private final EntityRecordRepository entities;
    private final AuditLog audit;

    EntityService(EntityRecordRepository entities, AuditLog audit) {
        this.entities = entities;
        this.audit = audit;
    }

    /** Every entity, retired ones included, for showing the names of what mandates and people name. */
    @Transactional(readOnly = true)
    public List<UnEntity> findAll() {
        return entities.findAllByOrderByCode().stream().map(EntityRecord::toEntity).toList();
    }

    /** The entities that are not retired: the ones a mandate or a person can be given. */
    @Transactional(readOnly = true)
    public List<UnEntity> findActive() {
        return entities.findByRetiredFalseOrderByCode().stream().map(EntityRecord::toEntity).toList();
    }

    /** The registry as the administration shows it. */
    @Transactional(readOnly = true)
    public List<RegisteredEntity> registry() {
        return entities.findAllByOrderByCode().stream()
                .map(entity -> new RegisteredEntity(entity.toEntity(), entity.isRetired())).toList();
    }

    /** The registry as extraction uses it: what the database holds now, admins' edits included, retired entities left out. */
    @Transactional(readOnly = true)
    public EntityCatalog catalog() {
        return new EntityCatalog(findActive());
    }

    @Transactional(readOnly = true)
    public Optional<UnEntity> find(String code) {
        return entities.findById(code).map(EntityRecord::toEntity);
    }

    /** The registry's names of the entities in the language, joined by commas; a code the registry lacks as it is. */
    @Transactional(readOnly = true)
    public String namesOf(List<String> codes, String language) {
        return codes.stream().map(code -> find(code).map(entity -> entity.name(language)).orElse(code))
                .collect(Collectors.joining(", "));
    }

    /** An entity that exists and is not retired. */
    @Transactional(readOnly = true)
    public Optional<UnEntity> findActive(String code) {
        return entities.findById(code).filter(entity -> !entity.isRetired()).map(EntityRecord::toEntity);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UnEntity add(@Valid EntityForm form) {
        if (entities.existsById(form.code())) {
            throw new RefusedException("entities.exists", form.code());
        }
        EntityRecord entity = new EntityRecord(form.code());
        entity.describe(form.kind().name(), form.names(), form.aliases());
        UnEntity added = entities.save(entity).toEntity();
        audit.record(AuditAction.ENTITY_ADDED, form.code(), describe(added));
        return added;
    }

    /** New names, other names and kind for an entity; its code stays, as mandates and people name it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UnEntity update(String code, @Valid EntityForm form) {
        EntityRecord entity = entities.findById(code)
                .orElseThrow(() -> new IllegalArgumentException("No entity with the code " + code));
        UnEntity before = entity.toEntity();
        entity.describe(form.kind().name(), form.names(), form.aliases());
        UnEntity after = entity.toEntity();
        if (!before.equals(after)) {
            audit.record(AuditAction.ENTITY_EDITED, code, changes(before, after));
        }
        return after;
    }

    /** Retires an entity (extraction no longer finds it, nobody new gets it) or restores it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setRetired(String code, boolean retired) {
        EntityRecord entity = entities.findById(code)
                .orElseThrow(() -> new IllegalArgumentException("No entity with the code " + code));
        if (entity.isRetired() != retired) {
            entity.setRetired(retired);
            audit.record(retired ? AuditAction.ENTITY_RETIRED : AuditAction.ENTITY_RESTORED, code, entity.toEntity().name("en"));
        }
    }

    private static String listOrNone(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String describe(UnEntity entity) {
        return entity.name("en") + " (" + EntityKind.valueOf(entity.kind()).label() + ")"
                + (entity.aliases().isEmpty() ? "" : "; also " + String.join(", ", entity.aliases()));
    }

    private static String changes(UnEntity before, UnEntity after) {
        StringBuilder changes = new StringBuilder();
        if (!before.kind().equals(after.kind())) {
            changes.append("kind ").append(before.kind()).append(" → ").append(after.kind()).append("; ");
        }
        for (String language : List.of("en", "fr", "es", "ru", "ar", "zh")) {
            String was = before.names().get(language);
            String is = after.names().get(language);
            if (!Objects.equals(was, is)) {
                changes.append("name (").append(language).append(") ").append(Objects.requireNonNullElse(was, "none"))
                        .append(" → ").append(Objects.requireNonNullElse(is, "none")).append("; ");
            }
        }
        if (!before.aliases().equals(after.aliases())) {
            changes.append("other names ").append(listOrNone(before.aliases())).append(" → ")
                    .append(listOrNone(after.aliases())).append("; ");
        }
        return changes.substring(0, Math.max(0, changes.length() - 2));
    }
}
