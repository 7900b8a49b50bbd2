package org.mandatetracker.entity;

/** Where a text names a registry entity: {@code text.substring(start, end)} is the name as written. */
public record EntityMention(UnEntity entity, int start, int end) {

    public String code() {
        return entity.code();
    }
}
