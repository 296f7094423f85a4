package org.commitmenttracker.commitments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;

@AnalyzeClasses(packages = "org.commitmenttracker.commitments", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule extractionIsPureJava = classes().that().resideInAPackage("..commitments.extraction..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jsoup..", "opennlp.tools..",
                    "org.apache.lucene..", "org.commitmenttracker.events..", "org.commitmenttracker.commitments.extraction..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.commitmenttracker.commitments.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class);
}
