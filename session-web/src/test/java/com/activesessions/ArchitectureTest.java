package com.activesessions;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

/**
 * The layer rules, checked on the main classes of both modules (session-web's test class path holds
 * session-ejb): a broken rule fails the unit-test phase with the offending dependencies listed.
 */
@AnalyzeClasses(packages = "com.activesessions", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Pages and resources receive read models made by the application layer; entities stay in session-ejb. */
    @ArchTest
    static final ArchRule pagesAndResourcesHoldNoEntity = noClasses()
            .that()
            .resideInAPackage("..interfaces..")
            .should()
            .dependOnClassesThat(describe(
                    "are JPA entities or embeddables",
                    (JavaClass type) -> type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(Embeddable.class)));
}
