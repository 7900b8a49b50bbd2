package org.mandatetracker.base;

/**
 * A value that people read in their own language: its words are the message bundles' entry
 * ({@code vaadin-i18n/translations*.properties}) under {@link #messageKey()}, the enum's simple name and
 * the constant's ({@code MandateStatus.OVERDUE}). Enums implement it without writing a method, and the
 * bundles' sync test finds every key this way.
 */
public interface Translatable {

    String name();

    Class<?> getDeclaringClass();

    default String messageKey() {
        return getDeclaringClass().getSimpleName() + "." + name();
    }
}
