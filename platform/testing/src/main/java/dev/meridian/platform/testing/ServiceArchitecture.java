package dev.meridian.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The shape every service keeps (docs/architecture.md, ADR 007): {@code api → service → domain}, with
 * {@code service → persistence} and {@code service → client}, {@code messaging → service}; the domain knows
 * nothing about HTTP, Kafka, SQL or Quarkus. A service's architecture test calls {@link #verify(String)}.
 * Every rule allows an empty package, so a service without (say) a {@code client} package still passes.
 */
public final class ServiceArchitecture {

    /** Framework packages the domain must not see. */
    private static final String[] FRAMEWORKS = {
            "io.quarkus..", "jakarta.ws..", "jakarta.persistence..", "jakarta.enterprise..", "jakarta.inject..",
            "jakarta.transaction..", "org.hibernate..", "io.smallrye..", "io.vertx..", "org.apache.kafka..",
            "org.eclipse.microprofile..", "com.fasterxml.jackson.."};

    /**
     * What it takes to run SQL or open a transaction: the SQL clients, Hibernate (sessions, native queries,
     * {@code @WithTransaction}), Panache ({@code Panache.withTransaction}), JPA and JTA. A resource that
     * depends on none of them can neither hold SQL text that runs nor demarcate a transaction.
     */
    private static final String[] SQL_AND_TRANSACTIONS = {
            "io.vertx.sqlclient..", "io.vertx.mutiny.sqlclient..", "io.vertx.pgclient..", "io.vertx.mutiny.pgclient..",
            "org.hibernate..", "io.quarkus.hibernate..", "jakarta.persistence..", "jakarta.transaction..",
            "io.quarkus.narayana.."};

    private ServiceArchitecture() {
    }

    /** @param servicePackage e.g. {@code dev.meridian.catalog} */
    public static void verify(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        verify(servicePackage, classes);
    }

    /** Checks every rule against {@code classes}; fails with every violation of the first broken rule. */
    public static void verify(String servicePackage, JavaClasses classes) {
        rules(servicePackage).forEach(rule -> rule.check(classes));
    }

    public static List<ArchRule> rules(String servicePackage) {
        String api = servicePackage + ".api..";
        String service = servicePackage + ".service..";
        String domain = servicePackage + ".domain..";
        String persistence = servicePackage + ".persistence..";
        String messaging = servicePackage + ".messaging..";
        String client = servicePackage + ".client..";
        String config = servicePackage + ".config..";
        return List.of(
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                        .because("the domain holds the rules and must not know about frameworks, HTTP, Kafka or SQL")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(api, service, persistence, messaging, client)
                        .because("data flows into the domain, never out of it")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(api)
                        .should().dependOnClassesThat().resideInAnyPackage(persistence)
                        .because("resources map HTTP to services; services reach persistence")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(api)
                        .should().dependOnClassesThat().resideInAnyPackage(SQL_AND_TRANSACTIONS)
                        .because("no SQL and no transaction demarcation in api: services own the transaction")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(messaging)
                        .should().dependOnClassesThat().resideInAnyPackage(api)
                        .because("consumers call services, never resources")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(service)
                        .should().dependOnClassesThat().resideInAnyPackage(api)
                        .because("services take commands and domain values, never wire DTOs")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(persistence)
                        .should().dependOnClassesThat().resideInAnyPackage(api, "dev.meridian.platform.problem..")
                        .because("persistence stores and loads; it neither knows HTTP shapes nor picks problem types")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(client)
                        .should().dependOnClassesThat().resideInAnyPackage(api, messaging)
                        .because("outbound adapters are called by services")
                        .allowEmptyShould(true),
                noClasses().that().resideOutsideOfPackage(config)
                        .and().resideInAPackage(servicePackage + "..")
                        .should().dependOnClassesThat().haveFullyQualifiedName(
                                "org.eclipse.microprofile.config.inject.ConfigProperty")
                        .because("settings are read through the typed @ConfigMapping in config, not scattered")
                        .allowEmptyShould(true));
    }
}
