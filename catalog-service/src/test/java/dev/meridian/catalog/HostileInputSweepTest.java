package dev.meridian.catalog;

import dev.meridian.platform.testing.HostileInputs;
import dev.meridian.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Every operation of this service's OpenAPI document, with hostile variants of each field and parameter (issue 9,
 * item 21): no answer is a 5xx and every 4xx is problem+json. Sent with an admin token so the variants reach the
 * code behind the security checks.
 */
@QuarkusTest
class HostileInputSweepTest {

    @Test
    void no_operation_answers_5xx_or_a_non_problem_4xx_to_hostile_input() {
        HostileInputs.Report report = HostileInputs.sweep(KeycloakTokens.forUser("admin", "admin"), operation -> true);
        System.out.println("hostile-input sweep: " + report.requests() + " requests");
        report.assertClean();
        // the document was really walked: every operation got its variants
        org.assertj.core.api.Assertions.assertThat(report.requests()).isGreaterThan(1000);
    }
}
