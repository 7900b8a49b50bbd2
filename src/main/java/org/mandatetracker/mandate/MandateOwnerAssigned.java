package org.mandatetracker.mandate;

/**
 * Published in the assigning transaction when a mandate gets a lead entity and focal point, so the
 * workflow completes the triage task or moves the open tasks to the new owner.
 */
public record MandateOwnerAssigned(Mandate mandate, String previousEntity, String previousFocalPoint) {
}
