package dev.meridian.fulfillment.api.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.config.FulfillmentConfig;
import dev.meridian.fulfillment.domain.shipment.TrackingStatus;
import dev.meridian.fulfillment.service.webhook.TrackingEvent;
import dev.meridian.fulfillment.service.webhook.TrackingWebhookService;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
import dev.meridian.platform.webhook.StandardWebhooks;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inbound carrier tracking: the signature is checked on the raw body before anything is parsed or stored. */
@Path("/v1/webhooks/carriers/{carrier}/tracking")
@Tag(name = "Carrier webhooks", description = "Inbound, HMAC-verified carrier tracking events")
public class TrackingWebhookResource {

    private final TrackingWebhookService service;
    private final FulfillmentConfig config;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final Clock clock;

    public TrackingWebhookResource(TrackingWebhookService service, FulfillmentConfig config, ObjectMapper mapper,
                                   Validator validator, Clock clock) {
        this.service = service;
        this.config = config;
        this.mapper = mapper;
        this.validator = validator;
        this.clock = clock;
    }

    @PermitAll
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Carrier tracking event (Standard Webhooks signature)",
            description = "The signature is checked over the raw request bytes (UTF-8 JSON), before anything is parsed "
                    + "or stored: 401 on a missing, wrong or too old signature (nothing stored). Idempotent by "
                    + "(carrier, webhook-id), a natural key: 200 for applied, ignored (late or unknown) and duplicate "
                    + "events alike, so the carrier stops retrying; a redelivery is stored and applied once.")
    public Uni<Map<String, String>> receive(@PathParam("carrier") String carrier,
                                            @HeaderParam("webhook-id") String id,
                                            @HeaderParam("webhook-timestamp") String timestamp,
                                            @HeaderParam("webhook-signature") String signature,
                                            byte[] raw) {
        FulfillmentConfig.Carrier secrets = config.carriers().get(carrier);
        String body = exactText(raw);
        if (secrets == null || body == null || !StandardWebhooks.verify(secrets.webhookSecret(), id, timestamp,
                signature, body, clock.instant(), config.webhooks().tolerance())) {
            throw new ProblemException(Problem.of(ProblemType.UNAUTHORIZED, body == null
                    ? "the body is not UTF-8, so its signature cannot be checked; nothing was stored"
                    : "the webhook signature is missing, wrong or too old; nothing was stored"));
        }
        TrackingUpdate update = parse(body);
        TrackingStatus status;
        try {
            status = TrackingStatus.valueOf(update.status());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED");
        }
        return service.receive(new TrackingEvent(carrier, id, update.trackingNumber(), status, update.occurredAt(),
                        body))
                .map(result -> Map.of("result", result.name().toLowerCase()));
    }

    /**
     * The body as text when its bytes are valid UTF-8, else null. Valid UTF-8 decodes and encodes back to exactly
     * the same bytes, so checking the signature over this text is checking it over the raw bytes; a lenient decoder
     * would map different bytes (an invalid FF and a real U+FFFD) to the same text and accept bytes never signed.
     */
    private static String exactText(byte[] raw) {
        if (raw == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private TrackingUpdate parse(String body) {
        TrackingUpdate update;
        try {
            update = mapper.readValue(body, TrackingUpdate.class);
        } catch (IOException e) {
            throw ProblemException.of(ProblemType.MALFORMED_REQUEST, "the body is not a tracking update");
        }
        var violations = validator.validate(update);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return update;
    }
}
