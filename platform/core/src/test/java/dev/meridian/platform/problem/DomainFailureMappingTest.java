package dev.meridian.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.PreconditionFailed;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One status per domain failure, in every service (docs/problems.md). */
class DomainFailureMappingTest {

    private final ProblemMappers mappers = new ProblemMappers();

    private Response map(RuntimeException failure) {
        Response response = mappers.unexpected(failure, null);
        assertThat(response.getHeaderString("Content-Type")).isEqualTo("application/problem+json");
        return response;
    }

    @Test
    void a_rule_violation_is_a_400_naming_the_field() {
        Response response = map(new RuleViolation("lines[0].quantity", "must be at least 1"));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat((String) response.getEntity()).contains(ProblemType.VALIDATION.uri().toString())
                .contains("\"field\":\"lines[0].quantity\"").contains("must be at least 1");
    }

    @Test
    void a_state_conflict_is_a_409_carrying_its_details() {
        Response response = map(new StateConflict("not enough stock", Map.of("insufficientSkus", List.of("A-1"))));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat((String) response.getEntity()).contains("\"insufficientSkus\":[\"A-1\"]");
    }

    @Test
    void not_found_is_a_404() {
        assertThat(map(new NotFound("order", "o-1")).getStatus()).isEqualTo(404);
    }

    @Test
    void a_stale_if_match_is_a_412() {
        assertThat(map(new PreconditionFailed("version 3 is not current")).getStatus()).isEqualTo(412);
    }

    @Test
    void a_wrapped_domain_failure_keeps_its_status() {
        assertThat(map(new RuntimeException(new StateConflict("already shipped"))).getStatus()).isEqualTo(409);
    }

    /** A lost optimistic-lock race at flush: the client sent the current version, so retrying is right (409). */
    @Test
    void a_lost_concurrent_write_race_is_a_409_not_a_412() {
        class OptimisticLockException extends RuntimeException {
        }
        Response response = map(new OptimisticLockException());
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void the_explicit_mapper_and_the_fallback_agree() {
        RuleViolation failure = new RuleViolation("sku", "is taken");
        assertThat(mappers.domain(failure, null).getEntity()).isEqualTo(mappers.unexpected(failure, null).getEntity());
    }

    /** Hibernate's own wrapper of a unique violation used to fall through to a 500. */
    @Test
    void a_unique_violation_reported_by_hibernate_is_a_409() {
        var violation = new org.hibernate.exception.ConstraintViolationException("duplicate key",
                new java.sql.SQLException("duplicate key value violates unique constraint", "23505"), "term_unique");
        Response response = map(new RuntimeException(violation));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat((String) response.getEntity()).contains("term_unique");
    }
}
