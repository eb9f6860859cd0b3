package dev.hotlist.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers point downward only: ui/cli → service → sheets, store, scoring → domain. */
class LayersTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.hotlist");
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage("dev.hotlist.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.apache..",
                        "org.sqlite..", "picocli..", "dev.hotlist.scoring..", "dev.hotlist.sheets..",
                        "dev.hotlist.store..", "dev.hotlist.service..", "dev.hotlist.cli..", "dev.hotlist.ui..")
                .check(classes);
    }

    @Test
    void scoringKnowsOnlyTheDomain() {
        noClasses().that().resideInAPackage("dev.hotlist.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.apache.poi..",
                        "dev.hotlist.sheets..", "dev.hotlist.store..", "dev.hotlist.service..", "dev.hotlist.cli..",
                        "dev.hotlist.ui..")
                .check(classes);
    }

    @Test
    void storageAndSheetsNeverTouchTheUiOrEachOther() {
        noClasses().that().resideInAPackage("dev.hotlist.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.hotlist.ui..",
                        "dev.hotlist.cli..", "dev.hotlist.service..", "dev.hotlist.sheets..", "org.apache.poi..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.hotlist.sheets..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "dev.hotlist.ui..",
                        "dev.hotlist.cli..", "dev.hotlist.service..", "dev.hotlist.store..")
                .check(classes);
    }

    @Test
    void theServiceNeverTouchesTheUiOrTheCommandLine() {
        noClasses().that().resideInAPackage("dev.hotlist.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.hotlist.ui..", "dev.hotlist.cli..")
                .check(classes);
    }

    @Test
    void theUiAndTheCommandLineGoThroughTheService() {
        // DependencyRulesTest lists what they may use; this is the layer rule's half of it
        noClasses().that().resideInAnyPackage("dev.hotlist.ui..", "dev.hotlist.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hotlist.store..", "dev.hotlist.sheets..",
                        "dev.hotlist.scoring..", "java.sql..", "org.apache.poi..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.hotlist.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}
