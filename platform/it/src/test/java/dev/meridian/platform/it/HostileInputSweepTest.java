package dev.meridian.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.platform.testing.HostileInputs;
import dev.meridian.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The sweep every service runs, on the probe application: what the platform alone guarantees. */
@QuarkusTest
class HostileInputSweepTest {

    @Test
    void no_hostile_variant_of_any_operation_answers_5xx_or_a_non_problem_4xx() {
        HostileInputs.Report report = HostileInputs.sweep(KeycloakTokens.forUser("admin", "admin"), op -> true);
        assertThat(report.requests()).isGreaterThan(100);
        report.assertClean();
    }
}
