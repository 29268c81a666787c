package dev.meridian.checkout.client.fulfillment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The guarded calls to fulfillment: a deadline per attempt, a retry budget for transient failures (all these calls
 * are safe to repeat: quotes store nothing, reservations are idempotent by order id), and a circuit breaker so a
 * dead fulfillment costs the shopper milliseconds, not seconds. A 4xx is an answer, never retried; a 5xx, a timeout
 * or a refused connection is a failure that counts. Callers see failures as they come; {@link FulfillmentClient}
 * turns them into 503s.
 */
@ApplicationScoped
public class FulfillmentCalls {

    private final FulfillmentApi api;
    private final ObjectMapper json;

    public FulfillmentCalls(@RestClient FulfillmentApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, maxDuration = 5000, abortOn = Answer.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = Answer.class)
    public Uni<FulfillmentWire.QuoteResponse> quote(FulfillmentWire.QuoteRequest request) {
        return api.quote(request).onFailure(FulfillmentCalls::isClientError).transform(this::answer);
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 50, maxDuration = 8000, abortOn = Answer.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = Answer.class)
    public Uni<ReservationResult> reserve(String orderId, FulfillmentWire.ReserveRequest request) {
        return api.reserve("reserve-" + orderId, request)
                .map(r -> (ReservationResult) new ReservationResult.Held(r.id(), r.status(), r.expiresAt()))
                .onFailure(FulfillmentCalls::isClientError).recoverWithItem(e -> refusal((WebApplicationException) e));
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, maxDuration = 8000, abortOn = Answer.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = Answer.class)
    public Uni<FulfillmentWire.Reservation> release(UUID reservationId) {
        return api.release(reservationId).onFailure(FulfillmentCalls::isClientError).transform(this::answer);
    }

    private ReservationResult refusal(WebApplicationException e) {
        FulfillmentWire.Problem problem = problem(e);
        if (e.getResponse().getStatus() == 409 && problem.insufficientSkus() != null) {
            return new ReservationResult.InsufficientStock(problem.insufficientSkus(), problem.detail());
        }
        return new ReservationResult.Refused(e.getResponse().getStatus(), problem.detail());
    }

    private Answer answer(Throwable e) {
        WebApplicationException web = (WebApplicationException) e;
        return new Answer(web.getResponse().getStatus(), problem(web).detail());
    }

    private FulfillmentWire.Problem problem(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return json.readValue(body, FulfillmentWire.Problem.class);
        } catch (RuntimeException | java.io.IOException notAProblem) {
            return new FulfillmentWire.Problem(null, "fulfillment answered " + e.getResponse().getStatus(), List.of());
        }
    }

    static boolean isClientError(Throwable e) {
        return e instanceof WebApplicationException web && web.getResponse().getStatus() >= 400
                && web.getResponse().getStatus() < 500 && web.getResponse().getStatus() != 429
                && web.getResponse().getStatus() != 408;
    }

    /** A definitive 4xx answer from fulfillment: not retried and not counted against the circuit. */
    public static final class Answer extends RuntimeException {
        final int status;

        Answer(int status, String detail) {
            super(detail, null, false, false);
            this.status = status;
        }
    }
}
