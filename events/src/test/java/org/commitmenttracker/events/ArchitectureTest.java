package org.commitmenttracker.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.commitmenttracker.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theContractDependsOnTheJdkAndJacksonAnnotationsOnly = classes()
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.fasterxml.jackson.annotation..", "org.commitmenttracker.events..");
}
