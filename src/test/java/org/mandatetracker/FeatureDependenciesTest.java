package org.mandatetracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies between features point one way: document ← extraction ← mandate ← workflow ← reminder, calendar (DESIGN.md). */
class FeatureDependenciesTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mandatetracker");

    @Test
    void theMandateRegisterNeverCallsTheWorkflow() {
        noClasses().that().resideInAPackage("org.mandatetracker.mandate..")
                .should().dependOnClassesThat().resideInAPackage("org.mandatetracker.workflow..")
                .because("mandate publishes events and workflow listens in the same transaction")
                .check(PRODUCT);
    }

    @Test
    void theWorkflowNeverCallsRemindersOrCalendars() {
        noClasses().that().resideInAnyPackage("org.mandatetracker.workflow..", "org.mandatetracker.mandate..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mandatetracker.reminder..",
                        "org.mandatetracker.calendar..")
                .because("reminder and calendar read mandate and workflow, not the other way round")
                .check(PRODUCT);
    }

    @Test
    void extractionKnowsNothingOfStorageOrWorkflow() {
        noClasses().that().resideInAnyPackage("org.mandatetracker.document..", "org.mandatetracker.extraction..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mandatetracker.mandate..",
                        "org.mandatetracker.workflow..", "org.mandatetracker.security..")
                .orShould().dependOnClassesThat().haveSimpleName("EntityService")
                .check(PRODUCT);
    }

    @Test
    void featuresReachEachOthersInternalsOnlyFromWithin() {
        for (String feature : new String[] {"audit", "entity", "mandate", "security", "workflow", "reminder", "calendar"}) {
            noClasses().that().resideOutsideOfPackage("org.mandatetracker." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.mandatetracker." + feature + ".internal..")
                    .check(PRODUCT);
        }
    }
}
