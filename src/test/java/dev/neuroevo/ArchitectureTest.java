package dev.neuroevo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md, on the compiled main classes. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.neuroevo");

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.neuroevo.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void aParentPackageNeverNamesItsSubPackagesClasses() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : MAIN) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith(c.getPackageName() + ".")) {
                    violations.add(d.getDescription());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void tasksAndStrategiesNeverSeeSparkOrHadoop() {
        noClasses().that().resideInAnyPackage("dev.neuroevo.task..", "dev.neuroevo.strategy..",
                        "dev.neuroevo.network..", "dev.neuroevo.eval..", "dev.neuroevo.run..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..")
                .check(MAIN);
    }

    @Test
    void onlyTheWiringAndTheEntryPointsReadSettings() {
        noClasses().that().resideOutsideOfPackages("dev.neuroevo.wiring..", "dev.neuroevo.cli..",
                        "dev.neuroevo.api..", "dev.neuroevo.config..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.neuroevo.config.Settings")
                .check(MAIN);
    }
}
