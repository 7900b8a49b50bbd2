package org.mandatetracker.entity;

import java.util.List;

/**
 * Entities named by their registry codes in words kept for later reading (a history's detail): each reader sees
 * the registry's names in their language ({@link EntityService#namesOf}), English text the codes.
 */
public record EntityCodes(List<String> codes) {

    public EntityCodes {
        codes = List.copyOf(codes);
    }

    @Override
    public String toString() {
        return String.join(", ", codes);
    }
}
