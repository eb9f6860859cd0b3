package dev.hotlist.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules beside {@link LayersTest}'s layers: no package cycles, the app and the command line on the service and the
 * domain only, and tests that never lean on benchmark code.
 */
class DependencyRulesTest {
    private static JavaClasses main;
    private static JavaClasses tests;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.hotlist");
        tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("dev.hotlist");
    }

    @Test
    void noCyclesBetweenTheTopLevelPackages() {
        slices().matching("dev.hotlist.(*)..").should().beFreeOfCycles().check(main);
    }

    /** Every package against every other, sub-packages included (ui.pipeline, scoring.learning, sheets.export…). */
    @Test
    void noCyclesBetweenAnyPackages() {
        slices().matching("dev.hotlist.(**)").should().beFreeOfCycles().check(main);
    }

    /** The app knows the service and the domain, never sheets, scoring or store, nor the command line. */
    @Test
    void theUiUsesOnlyTheServiceAndTheDomain() {
        classes().that().resideInAPackage("dev.hotlist.ui..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.hotlist.ui..", "dev.hotlist.service..",
                        "dev.hotlist.domain..", "java..", "javax..", "jdk..", "javafx..", "com.sun.javafx..",
                        "org.controlsfx..")
                .check(main);
    }

    /**
     * The command line alike, with picocli where the app has JavaFX, and Commons CSV, which writes {@code rank --csv}
     * (an output format, not a sheet).
     */
    @Test
    void theCommandLineUsesOnlyTheServiceAndTheDomain() {
        classes().that().resideInAPackage("dev.hotlist.cli..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.hotlist.cli..", "dev.hotlist.service..",
                        "dev.hotlist.domain..", "java..", "javax..", "jdk..", "picocli..", "org.apache.commons.csv..")
                .check(main);
    }

    @Test
    void testsDoNotUseBenchmarkCode() {
        noClasses().that().resideOutsideOfPackage("dev.hotlist.bench..")
                .should().dependOnClassesThat().resideInAPackage("dev.hotlist.bench..")
                .check(tests);
    }
}
