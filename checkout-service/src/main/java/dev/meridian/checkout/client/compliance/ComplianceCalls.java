package dev.meridian.checkout.client.compliance;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The guarded call to compliance's quote: a deadline per attempt, a retry budget (a quote stores nothing, so it
 * is safe to repeat), a circuit breaker. A 4xx is an answer about the request, never retried or counted.
 */
@ApplicationScoped
public class ComplianceCalls {

    private final ComplianceApi api;

    public ComplianceCalls(@RestClient ComplianceApi api) {
        this.api = api;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, maxDuration = 5000, abortOn = Answer.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = Answer.class)
    public Uni<ComplianceWire.QuoteResponse> quote(ComplianceWire.QuoteRequest request) {
        return api.quote(request).onFailure(ComplianceCalls::isClientError)
                .transform(e -> new Answer(((WebApplicationException) e).getResponse().getStatus(), detail(e)));
    }

    private static String detail(Throwable e) {
        try {
            String body = ((WebApplicationException) e).getResponse().readEntity(String.class);
            return body == null ? e.getMessage() : body;
        } catch (RuntimeException unreadable) {
            return e.getMessage();
        }
    }

    static boolean isClientError(Throwable e) {
        return e instanceof WebApplicationException web && web.getResponse().getStatus() >= 400
                && web.getResponse().getStatus() < 500 && web.getResponse().getStatus() != 429
                && web.getResponse().getStatus() != 408;
    }

    /** A definitive 4xx answer: compliance cannot quote this request. */
    public static final class Answer extends RuntimeException {
        final int status;

        Answer(int status, String detail) {
            super(detail, null, false, false);
            this.status = status;
        }
    }
}
