package org.commitmenttracker.notify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "org.commitmenttracker.notify", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.commitmenttracker.notify.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class);

    /** The decisions (alert ids, addresses, waits) are plain Java; when overdue is the events module's OverdueRule. */
    @ArchTest
    static final ArchRule decisionsArePureJava = classes()
            .that().haveSimpleName("AlertIds").or().haveSimpleName("Backoff").or().haveSimpleName("WebhookAddressPolicy")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.commitmenttracker.events..",
                    "org.commitmenttracker.notify.overdue..", "org.commitmenttracker.notify.webhook..");

    @ArchTest
    static final ArchRule decisionsKnowNoFrameworks = noClasses()
            .that().haveSimpleName("AlertIds").or().haveSimpleName("Backoff").or().haveSimpleName("WebhookAddressPolicy")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "io.cloudevents..");

    @ArchTest
    static final ArchRule controllersNeverHandOutStorageDocuments = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAnnotatedWith(Document.class);
}
