package com.activesessions;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

    /** Each feature's layers depend one way: no two packages need each other. */
    @ArchTest
    static final ArchRule noPackageDependsOnAPackageThatDependsOnIt = slices().matching("com.activesessions.(**)")
            .namingSlices("$1")
            .should()
            .beFreeOfCycles();

    /** The model is the centre: it knows no use case, adapter or page. */
    @ArchTest
    static final ArchRule theDomainDependsOnNoOtherLayer = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..application..", "..infrastructure..", "..interfaces..");

    /** Use cases name what they need through ports; adapters and pages depend on them, not the reverse. */
    @ArchTest
    static final ArchRule theApplicationDependsOnNoAdapterAndNoPage = noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..infrastructure..", "..interfaces..");

    /** Infrastructure only implements: no page, resource or use case reaches into it. */
    @ArchTest
    static final ArchRule onlyTheContainerReachesTheInfrastructure = noClasses()
            .that()
            .resideOutsideOfPackage("..infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..infrastructure..");

    /** What every feature shares knows none of them, so any feature may use it without a cycle. */
    @ArchTest
    static final ArchRule theSharedKernelKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("com.activesessions.shared..")
            .should()
            .dependOnClassesThat(
                    resideInAPackage("com.activesessions..").and(not(resideInAPackage("com.activesessions.shared.."))));

    /** A package a reader takes in at a glance: more than this many types, and it holds more than one job. */
    private static final int MOST_TYPES_IN_A_PACKAGE = 25;

    @ArchTest
    static void noPackageHoldsMoreThan25Types(JavaClasses classes) {
        Map<String, Long> typesByPackage = classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
        Map<String, Long> crowded = new TreeMap<>(typesByPackage);
        crowded.values().removeIf(count -> count <= MOST_TYPES_IN_A_PACKAGE);
        assertTrue(crowded.isEmpty(), "packages with more than " + MOST_TYPES_IN_A_PACKAGE + " types: " + crowded);
    }
}
