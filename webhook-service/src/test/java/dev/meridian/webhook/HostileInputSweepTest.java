package dev.meridian.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.platform.testing.HostileInputs;
import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.webhook.support.Integrators;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of this service's OpenAPI document, with hostile variants of each field and parameter: no answer is
 * a 5xx and every 4xx is problem+json. Sent as the ERP integration so the variants reach the code behind security.
 */
@QuarkusTest
class HostileInputSweepTest {

    /** Endpoints the sweep managed to create are removed, so no later event is delivered to them. */
    @AfterEach
    void removeSweptEndpoints() {
        TestDatabase.execute("delete from webhook_endpoint");
    }

    @Test
    void no_operation_answers_5xx_or_a_non_problem_4xx_to_hostile_input() {
        HostileInputs.Report report = HostileInputs.sweep(Integrators.erpToken(), operation -> true);
        report.assertClean();
        assertThat(report.requests()).isGreaterThan(500);
    }
}
