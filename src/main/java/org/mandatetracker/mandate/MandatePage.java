package org.mandatetracker.mandate;

/**
 * The address of a mandate's page, {@code mandates/42}: the one spelling that links in the register,
 * the documents, the task forms, reminder e-mails and calendar feeds share with the page's route.
 */
public final class MandatePage {

    private MandatePage() {
    }

    /** The path within the product, without a leading slash, as Vaadin navigates and links resolve it. */
    public static String path(long mandateId) {
        return "mandates/" + mandateId;
    }
}
