package dev.meridian.platform.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of {@link ServiceArchitecture} holds for a service built in the shape, and fails on a deliberate
 * violation of just that rule (the fixtures under {@code dev.meridian.fixture}, one package per violation).
 */
class ServiceArchitectureTest {

    private static void verifyFixture(String name) {
        String servicePackage = "dev.meridian.fixture." + name;
        JavaClasses classes = new ClassFileImporter().importPackages(servicePackage);
        ServiceArchitecture.verify(servicePackage, classes);
    }

    @Test
    void a_service_in_the_shape_passes_every_rule() {
        assertThatCode(() -> verifyFixture("clean")).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
            "domainframework    | must not know about frameworks",
            "domainoutward      | never out of it",
            "apipersistence     | services reach persistence",
            "apisql             | no SQL and no transaction demarcation in api",
            "apitx              | no SQL and no transaction demarcation in api",
            "messagingapi       | consumers call services",
            "serviceapi         | never wire DTOs",
            "persistenceapi     | neither knows HTTP shapes",
            "persistenceproblem | nor picks problem types",
            "clientapi          | outbound adapters are called by services",
            "scatteredconfig    | typed @ConfigMapping"})
    void a_deliberate_violation_fails_its_rule(String fixture, String reason) {
        assertThatThrownBy(() -> verifyFixture(fixture)).isInstanceOf(AssertionError.class).hasMessageContaining(reason);
    }
}
