package org.mandatetracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Document reading, extraction and the entity registry stay plain Java, usable without the application. */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "jakarta.persistence..", "org.camunda..",
            "com.vaadin.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mandatetracker");
    }

    @Test
    void documentAndExtractionUseNoFramework() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.mandatetracker.document..",
                        "org.mandatetracker.extraction..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);
        rule.check(classes);
    }

    @Test
    void entityRegistryUsesNoFramework() {
        // the registry's plain face, which extraction uses; EntityService is its Spring side, kept from extraction
        ArchRule rule = noClasses().that().resideInAPackage("org.mandatetracker.entity")
                .and().areNotAnnotatedWith(org.springframework.stereotype.Service.class)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);
        rule.check(classes);
    }
}
