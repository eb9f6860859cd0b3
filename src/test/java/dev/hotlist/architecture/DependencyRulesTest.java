package dev.hotlist.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules beside {@link LayersTest}'s layers: no package cycles, the command line on the service's contract only, and
 * tests that never lean on benchmark code.
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

    /**
     * Sub-packages too (scoring.learning, sheets.export…). Not yet the ui's: its screens and the window that opens
     * them know each other (ui ↔ ui.importer, ui.pipeline, ui.settings, ui.learning, ui.team), which the ui's rewrite
     * (issue 15) untangles.
     */
    @Test
    void noCyclesBetweenAnyPackagesBelowTheUi() {
        slices().matching("dev.hotlist.(**)").should().beFreeOfCycles()
                .check(main.that(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("dev.hotlist.ui.."))));
    }

    /**
     * The command line uses the service and the domain. Of sheets, scoring and store it may name only what the
     * service's own public signatures hand out (a preview's {@code ParsedRow}s, {@code UnusableFileException}, the
     * learning report…), never a reader, a scorer or the database itself.
     */
    @Test
    void theCommandLineUsesOnlyTheServiceAndTheDomain() {
        Set<String> contract = serviceContract();
        assertThat(contract).as("the contract is read from the service's signatures")
                .contains("dev.hotlist.sheets.UnusableFileException", "dev.hotlist.sheets.ParsedRow");
        noClasses().that().resideInAPackage("dev.hotlist.cli..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in sheets, scoring or store and not in the service's contract " + contract,
                        (JavaClass c) -> c.getPackageName().matches("dev\\.hotlist\\.(sheets|scoring|store)(\\..*)?")
                                && !contract.contains(outermost(c).getName())
                                && !TEXT_OF_THE_CONTRACT.contains(outermost(c).getName())))
                .check(main);
    }

    /**
     * Two more the service hands out without naming them. {@code StoreException}, unchecked, is how every service
     * call says the database failed (the sentence to show). The learning report is said in words by the scoring
     * package's {@code LearningText}, which the command line and the app both call: a leak to close when the service
     * says the report itself (named here so the rule lists it rather than skipping the cli).
     */
    private static final Set<String> TEXT_OF_THE_CONTRACT = Set.of("dev.hotlist.store.StoreException",
            "dev.hotlist.scoring.learning.LearningText");

    @Test
    void testsDoNotUseBenchmarkCode() {
        noClasses().that().resideOutsideOfPackage("dev.hotlist.bench..")
                .should().dependOnClassesThat().resideInAPackage("dev.hotlist.bench..")
                .check(tests);
    }

    /**
     * The sheets, scoring and store types named by the public methods of the service's public types, and by the
     * public methods of those types in turn (a preview's rows, their leads' fields…), with their nested types.
     */
    private static Set<String> serviceContract() {
        Set<String> contract = new TreeSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        for (JavaClass c : main) {
            if (c.getPackageName().equals("dev.hotlist.service") && c.getModifiers().contains(JavaModifier.PUBLIC)) {
                todo.add(c);
            }
        }
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            JavaClass c = todo.pop();
            if (!seen.add(c.getName())) {
                continue;
            }
            for (JavaMethod m : c.getMethods()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
                    continue;
                }
                Set<JavaClass> named = new java.util.HashSet<>(m.getReturnType().getAllInvolvedRawTypes());
                m.getParameterTypes().forEach(t -> named.addAll(t.getAllInvolvedRawTypes()));
                named.addAll(m.getThrowsClause().getTypes());
                for (JavaClass t : named) {
                    JavaClass top = outermost(t);
                    if (top.getPackageName().matches("dev\\.hotlist\\.(sheets|scoring|store)(\\..*)?")
                            && contract.add(top.getName())) {
                        todo.add(top);
                        main.stream().filter(n -> outermost(n).equals(top)).forEach(todo::add);
                    }
                }
            }
        }
        return contract;
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
