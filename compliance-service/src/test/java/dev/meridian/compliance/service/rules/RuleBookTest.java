package dev.meridian.compliance.service.rules;

import static dev.meridian.compliance.support.Carts.cart;
import static dev.meridian.compliance.support.Carts.line;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.compliance.domain.tax.FxRate;
import dev.meridian.compliance.persistence.RuleRepository;
import dev.meridian.compliance.support.Http;
import dev.meridian.compliance.support.TestClock;
import dev.meridian.platform.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several instances of compliance over one database: each holds the rules in memory, and a change made through one
 * reaches the others by the rule-set version in the database, not by anything in-process.
 */
@QuarkusTest
@TestSecurity(user = "officer", roles = {"compliance-officer", "merchant-admin"})
class RuleBookTest {

    @Inject
    RuleRepository repository;

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.set(TestClock.START);
    }

    /** The rule holder of a second instance: its own memory, the same database. */
    private RuleBook secondInstance() {
        RuleBook other = new RuleBook(repository, new SimpleMeterRegistry());
        other.refreshIfChanged().await().atMost(Duration.ofSeconds(10));
        return other;
    }

    private static boolean hasFxVersion(RuleBook book, String id, int version) {
        return book.rules().fxRates().stream().map(FxRate::ref).anyMatch(r -> r.id().equals(id) && r.version() == version);
    }

    @Test
    void a_rule_written_through_one_instance_is_seen_by_another_after_its_version_check() {
        RuleBook other = secondInstance();

        Http.create(Map.of("id", "fx-ron", "currency", "RON", "perEur", "5.1", "validFrom", "2028-03-01",
                "source", "written on instance one")).when().post("/v1/admin/fx-rates").then().statusCode(201);

        assertThat(hasFxVersion(other, "fx-ron", 2)).as("not before its check").isFalse();
        assertThat(other.refreshIfChanged().await().atMost(Duration.ofSeconds(10))).isTrue();
        assertThat(hasFxVersion(other, "fx-ron", 2)).isTrue();
    }

    @Test
    void an_unchanged_rule_set_is_not_loaded_again() {
        RuleBook other = secondInstance();

        assertThat(other.refreshIfChanged().await().atMost(Duration.ofSeconds(10))).isFalse();
    }

    @Test
    void a_stored_row_that_cannot_be_read_is_skipped_and_counted_and_writes_go_on() {
        // A row written before dates were bounded: PostgreSQL keeps 'infinity', no rule can use it.
        TestDatabase.execute("insert into tax_rule (id, version, country, region, category, tax_name, rate_percent,"
                + " valid_from, valid_to, approximation) values ('is-vat-broken', 1, 'IS', null, 'broken', 'VAT', 24,"
                + " '2027-01-01', 'infinity', false)");
        TestDatabase.execute("update rule_set_state set version = version + 1");
        try {
            RuleBook other = secondInstance();
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            RuleBook counted = new RuleBook(repository, registry);
            counted.refreshIfChanged().await().atMost(Duration.ofSeconds(10));

            assertThat(other.rules().taxRules()).extracting(r -> r.id()).contains("de-vat-standard")
                    .doesNotContain("is-vat-broken");
            assertThat(registry.get("meridian.compliance.rules.unreadable").gauge().value()).isEqualTo(1.0);
            Http.create(Map.of("id", "fx-isk", "currency", "ISK", "perEur", "150", "validFrom", "2028-04-01",
                    "source", "written while a broken row is stored")).when().post("/v1/admin/fx-rates")
                    .then().statusCode(201);
        } finally {
            TestDatabase.execute("delete from tax_rule where id = 'is-vat-broken'");
            TestDatabase.execute("update rule_set_state set version = version + 1");
        }
    }

    @Test
    void a_rule_another_instance_committed_applies_here_within_the_refresh_interval() {
        // What another instance's RuleAdministration commits: a new version and the moved rule-set version.
        TestDatabase.execute("insert into tax_rule (id, version, country, region, category, tax_name, rate_percent,"
                + " valid_from, valid_to, approximation) values ('si-vat-standard', 2, 'SI', null, 'standard', 'VAT', 23,"
                + " '2026-03-03', null, false)");
        TestDatabase.execute("update rule_set_state set version = version + 1");
        TestClock.CLOCK.set(Instant.parse("2026-03-04T10:00:00Z"));

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(given()
                .contentType("application/json").body(cart("SI", line("123.00", "EUR", "610910")))
                .when().post("/v1/quotes").then().statusCode(200).extract().<String>path("lines[0].taxes[0].ratePercent"))
                .isEqualTo("23"));
    }
}
