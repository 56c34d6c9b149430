package uk.casetrail.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.io.PrintStream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries of ARCHITECTURE.md, kept by the build rather than by memory. */
@AnalyzeClasses(packages = "uk.casetrail", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // Besides Java and its own types, only what names and stores it: Jackson's annotations, Axon's @Revision,
    // and the generator of time-ordered ids (TimeOrderedIds).
    @ArchTest
    static final ArchRule events_are_the_shared_language_and_depend_on_nothing_else =
            classes().that().resideInAPackage("uk.casetrail.events..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson.annotation..",
                            "org.axonframework.serialization..", "com.fasterxml.uuid..", "uk.casetrail.events..");

    @ArchTest
    static final ArchRule the_domain_has_no_spring_in_it =
            noClasses().that().resideInAnyPackage("uk.casetrail.command.child..", "uk.casetrail.command.casework..",
                            "uk.casetrail.command.journey..")
                    .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule the_write_side_never_reads_projections =
            noClasses().that().resideInAPackage("uk.casetrail.command..")
                    .should().dependOnClassesThat().resideInAPackage("uk.casetrail.query..");

    @ArchTest
    static final ArchRule names_come_from_the_domain_not_from_plumbing =
            noClasses().should().haveSimpleNameEndingWith("Manager")
                    .orShould().haveSimpleNameEndingWith("Helper")
                    .orShould().haveSimpleNameEndingWith("Util")
                    .orShould().haveSimpleNameEndingWith("Utils");

    /**
     * Cases and numbers in the server's language: a Turkish server lower-cased I as a dotless i in the
     * chronology's words, an Egyptian Arabic one wrote the census's authority codes in ٠١٢ digits.
     */
    @ArchTest
    static final ArchRule text_is_cased_and_formatted_the_same_whatever_the_servers_language =
            noClasses().should().callMethod(String.class, "toLowerCase")
                    .orShould().callMethod(String.class, "toUpperCase")
                    .orShould().callMethod(String.class, "format", String.class, Object[].class)
                    .orShould().callMethod(PrintStream.class, "printf", String.class, Object[].class)
                    .orShould().callMethod(PrintStream.class, "format", String.class, Object[].class);

    /** Axon's weak cache loses an aggregate at the next young collection: under load, every command replayed its stream. */
    @ArchTest
    static final ArchRule aggregates_are_not_cached_by_weak_reference =
            noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.common.caching.WeakReferenceCache");
}
