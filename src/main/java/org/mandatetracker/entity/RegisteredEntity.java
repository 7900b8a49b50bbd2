package org.mandatetracker.entity;

/** An entity as the registry holds it, with whether it is retired (kept for what names it, found no more). */
public record RegisteredEntity(UnEntity entity, boolean retired) {
}
