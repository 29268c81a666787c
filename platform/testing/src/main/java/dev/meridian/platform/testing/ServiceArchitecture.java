package dev.meridian.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape every service keeps (ARCHITECTURE.md): the domain knows nothing about HTTP, Kafka, SQL or Quarkus,
 * and never reaches into the packages around it. A service's test calls {@link #verify(String)}.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    /** @param servicePackage e.g. {@code dev.meridian.catalog} */
    public static void verify(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        String domain = servicePackage + ".domain..";

        noClasses().that().resideInAPackage(domain)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta.ws..", "jakarta.persistence..", "jakarta.enterprise..",
                        "jakarta.inject..", "org.hibernate..", "io.smallrye..", "io.vertx..", "org.apache.kafka..",
                        "org.eclipse.microprofile..", "com.fasterxml.jackson..")
                .because("the domain holds the rules and must not know about frameworks, HTTP, Kafka or SQL")
                .check(classes);

        noClasses().that().resideInAPackage(domain)
                .should().dependOnClassesThat().resideInAnyPackage(
                        servicePackage + ".api..", servicePackage + ".persistence..",
                        servicePackage + ".messaging..", servicePackage + ".client..")
                .because("data flows api -> domain <- persistence, never out of the domain")
                .check(classes);
    }
}
