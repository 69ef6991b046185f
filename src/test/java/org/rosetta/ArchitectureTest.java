package org.rosetta;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of STYLE.md: shell -> corpus -> stages -> model, heavy libraries kept where they belong. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.rosetta");
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("shell").definedBy("org.rosetta.shell..")
                .layer("corpus").definedBy("org.rosetta.corpus..")
                .layer("stages").definedBy("org.rosetta.ingest..", "org.rosetta.segment..", "org.rosetta.align..",
                        "org.rosetta.tmx..", "org.rosetta.exchange..", "org.rosetta.index..", "org.rosetta.query..",
                        "org.rosetta.qa..", "org.rosetta.eval..", "org.rosetta.files..",
                        "org.rosetta.review..", "org.rosetta.render..")
                .layer("model").definedBy("org.rosetta.model..")
                .whereLayer("shell").mayNotBeAccessedByAnyLayer()
                .whereLayer("corpus").mayOnlyBeAccessedByLayers("shell")
                .whereLayer("stages").mayOnlyBeAccessedByLayers("shell", "corpus", "stages")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.rosetta.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void modelUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.rosetta.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.rosetta.model..", "java..")
                .check(classes);
    }

    @Test
    void springOnlyInTheShell() {
        noClasses().that().resideOutsideOfPackage("org.rosetta.shell..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void luceneOnlyInIndexAndQuery() {
        noClasses().that().resideOutsideOfPackages("org.rosetta.index..", "org.rosetta.query..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void jaxbOnlyInTmx() {
        noClasses().that().resideOutsideOfPackage("org.rosetta.tmx..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.xml.bind..")
                .check(classes);
    }

    @Test
    void icuOnlyInIngestSegmentAlignRenderQaAndShell() {
        noClasses().that().resideOutsideOfPackages("org.rosetta.ingest..", "org.rosetta.segment..",
                        "org.rosetta.align..", "org.rosetta.render..", "org.rosetta.qa..", "org.rosetta.shell..")
                .should().dependOnClassesThat().resideInAPackage("com.ibm.icu..")
                .check(classes);
    }
}
