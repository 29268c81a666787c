package dev.meridian.compliance.domain.restriction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReevaluationJobTest {

    private static ReevaluationJob running(Integer total, int processed) {
        ReevaluationJob q = ReevaluationJob.queued("restriction-rule:x v1", "officer", Instant.parse("2026-03-02T10:00:00Z"));
        return new ReevaluationJob(q.id(), q.reason(), q.requestedBy(), q.requestedAt(), ReevaluationJob.Status.RUNNING,
                total, processed, 0, "p-" + processed, q.requestedAt(), null);
    }

    @Test
    void a_queued_job_has_done_nothing() {
        ReevaluationJob job = ReevaluationJob.queued("protected-term:Brio", "officer", Instant.parse("2026-03-02T10:00:00Z"));

        assertThat(job.status()).isEqualTo(ReevaluationJob.Status.QUEUED);
        assertThat(job.percent()).isZero();
    }

    @Test
    void a_running_job_reports_the_share_of_products_done_and_never_100_before_it_completes() {
        assertThat(running(200, 50).percent()).isEqualTo(25);
        assertThat(running(200, 200).percent()).isEqualTo(99);
        assertThat(running(0, 0).percent()).isZero();
    }
}
