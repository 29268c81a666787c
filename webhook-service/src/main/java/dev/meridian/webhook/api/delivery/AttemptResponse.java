package dev.meridian.webhook.api.delivery;

import dev.meridian.webhook.domain.delivery.LoggedAttempt;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One delivery attempt")
public record AttemptResponse(long id, UUID endpointId, UUID messageId, String eventId, String eventType,
                              int attemptNumber,
                              @Schema(enumeration = {"EVENT", "RESEND", "RECOVER", "REPLAY", "TEST"}) String trigger,
                              Instant attemptedAt,
                              @Schema(enumeration = {"SUCCEEDED", "FAILED"}) String outcome,
                              @Schema(description = "The receiver's HTTP status; absent when it did not answer")
                              Integer responseStatus,
                              long latencyMs,
                              @Schema(description = "The first bytes of the receiver's answer") String responseExcerpt,
                              @Schema(description = "Why there was no answer (timeout, refused destination, ...)")
                              String error,
                              String url) {

    public static AttemptResponse of(LoggedAttempt a) {
        return new AttemptResponse(a.id(), a.endpointId(), a.messageId(), a.eventId(), a.eventType(),
                a.attemptNumber(), a.trigger(), a.attemptedAt(), a.outcome(), a.responseStatus(), a.latencyMs(),
                a.responseExcerpt(), a.error(), a.url());
    }
}
