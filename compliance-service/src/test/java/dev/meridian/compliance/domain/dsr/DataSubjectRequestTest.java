package dev.meridian.compliance.domain.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataSubjectRequestTest {

    private static final Instant RECEIVED = Instant.parse("2026-01-31T10:00:00Z");

    private static DataSubjectRequest erasure() {
        return DataSubjectRequest.open("customer-42", DsrKind.ERASURE, Regulation.GDPR, Set.of("checkout", "payment"), RECEIVED);
    }

    private static ServiceAck ack(String service) {
        return new ServiceAck(service, "ERASED", null, RECEIVED.plus(Duration.ofDays(1)));
    }

    @Test
    void gdpr_deadline_is_one_calendar_month() {
        assertThat(erasure().deadline()).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
    }

    @Test
    void ccpa_deadline_is_45_days() {
        assertThat(Regulation.CCPA.deadline(RECEIVED)).isEqualTo(RECEIVED.plus(Duration.ofDays(45)));
    }

    @Test
    void uk_gdpr_deadline_is_one_calendar_month() {
        assertThat(Regulation.valueOf("UK_GDPR").deadline(RECEIVED)).isEqualTo(Regulation.GDPR.deadline(RECEIVED));
    }

    @Test
    void appi_asks_without_delay_which_this_service_holds_to_14_days() {
        assertThat(Regulation.valueOf("APPI").deadline(RECEIVED)).isEqualTo(RECEIVED.plus(Duration.ofDays(14)));
    }

    @Test
    void australian_privacy_act_deadline_is_30_days() {
        assertThat(Regulation.valueOf("AU_PRIVACY_ACT").deadline(RECEIVED)).isEqualTo(RECEIVED.plus(Duration.ofDays(30)));
    }

    @Test
    void stays_open_until_every_expected_service_has_acknowledged() {
        DataSubjectRequest request = erasure();

        request.acknowledge(ack("checkout"));
        assertThat(request.status()).isEqualTo(DsrStatus.OPEN);
        assertThat(request.pendingServices()).containsExactly("payment");

        request.acknowledge(ack("payment"));
        assertThat(request.status()).isEqualTo(DsrStatus.COMPLETED);
        assertThat(request.completedAt()).isEqualTo(RECEIVED.plus(Duration.ofDays(1)));
    }

    @Test
    void an_unexpected_or_repeated_acknowledgement_changes_nothing() {
        DataSubjectRequest request = erasure();

        assertThat(request.acknowledge(ack("marketing-tool"))).isFalse();
        assertThat(request.acknowledge(ack("checkout"))).isTrue();
        assertThat(request.acknowledge(ack("checkout"))).isFalse();
        assertThat(request.status()).isEqualTo(DsrStatus.OPEN);
    }

    @Test
    void an_open_request_past_its_deadline_is_overdue() {
        DataSubjectRequest request = erasure();

        assertThat(request.isOverdue(request.deadline())).isFalse();
        assertThat(request.isOverdue(request.deadline().plusSeconds(1))).isTrue();
    }

    @Test
    void a_completed_request_is_never_overdue() {
        DataSubjectRequest request = erasure();
        request.acknowledge(ack("checkout"));
        request.acknowledge(ack("payment"));

        assertThat(request.isOverdue(request.deadline().plus(Duration.ofDays(30)))).isFalse();
    }
}
