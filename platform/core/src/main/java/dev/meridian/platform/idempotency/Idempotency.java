package dev.meridian.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.security.CallerIdentity;
import dev.meridian.platform.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Idempotency-Key for creating POSTs (IETF draft-ietf-httpapi-idempotency-key-header):
 * same key and request → the stored response is replayed; same key, other request → 422;
 * same key while the first request still runs → 409; no key → 400.
 *
 * <p>The key row is written in the same transaction as the creation itself, so a crash leaves neither, and
 * a transaction-scoped advisory lock on the key makes a concurrent duplicate fail fast with 409.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private static final String LOCK = "select pg_try_advisory_xact_lock(hashtextextended(:lockKey, 0))";
    private static final String FIND = """
            select fingerprint, status, body, location from idempotency_key
            where scope = :scope and key = :key and created_at > now() - make_interval(secs => :retention)""";
    private static final String STORE = """
            insert into idempotency_key (scope, key, fingerprint, status, body, location, created_at)
            values (:scope, :key, :fingerprint, :status, :body, :location, now())
            on conflict (scope, key) do update set fingerprint = excluded.fingerprint, status = excluded.status,
              body = excluded.body, location = excluded.location, created_at = excluded.created_at""";

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper mapper;

    @Inject
    IdempotencyConfig config;

    @Inject
    Pool pool;

    /** Describes the current request for {@link #execute}; the body is fingerprinted in canonical JSON. */
    public IdempotentRequest request(String key, String method, String path, Object body) {
        if (key == null || key.isBlank()) {
            throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_MISSING,
                    "send an Idempotency-Key header (e.g. a UUID) so this request can be retried safely");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        String scope = identity == null || identity.isAnonymous() ? "anonymous" : "sub:" + CallerIdentity.subject(identity);
        return new IdempotentRequest(scope, key, fingerprint(method, path, body));
    }

    /** Runs {@code create} once per key, inside one transaction with the stored response. */
    public Uni<Response> execute(IdempotentRequest request, Supplier<Uni<Response>> create) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(LOCK, Boolean.class)
                .setParameter("lockKey", request.scope() + "\n" + request.key())
                .getSingleResult()
                .chain(locked -> {
                    if (!Boolean.TRUE.equals(locked)) {
                        return Uni.createFrom().failure(ProblemException.of(
                                ProblemType.IDEMPOTENCY_REQUEST_IN_PROGRESS,
                                "a request with this Idempotency-Key is still running; retry when it has finished"));
                    }
                    return session.createNativeQuery(FIND, Object[].class)
                            .setParameter("scope", request.scope())
                            .setParameter("key", request.key())
                            .setParameter("retention", (double) config.retention().toSeconds())
                            .getResultList()
                            .chain(rows -> rows.isEmpty()
                                    ? create.get().call(response -> store(session, request, response))
                                    : Uni.createFrom().item(replay(request, rows)));
                })));
    }

    private Uni<Integer> store(org.hibernate.reactive.mutiny.Mutiny.Session session, IdempotentRequest request,
                               Response response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        return session.createNativeQuery(STORE)
                .setParameter("scope", request.scope())
                .setParameter("key", request.key())
                .setParameter("fingerprint", request.fingerprint())
                .setParameter("status", response.getStatus())
                .setParameter("body", serialize(response.getEntity()))
                .setParameter("location", location == null ? null : location.toString())
                .executeUpdate();
    }

    private static Response replay(IdempotentRequest request, List<Object[]> rows) {
        Object[] row = rows.getFirst();
        if (!request.fingerprint().equals(row[0])) {
            throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used for a different request; use a new key for a new request");
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            replay.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            replay.header(HttpHeaders.LOCATION, row[3]);
        }
        return replay.build();
    }

    private String serialize(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String s ? s : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be stored for replay", e);
        }
    }

    private String fingerprint(String method, String path, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(CanonicalJson.bytes(mapper, body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("request cannot be fingerprinted", e);
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpiredKeys() {
        pool.preparedQuery("delete from idempotency_key where created_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) config.retention().toSeconds()))
                .await().atMost(Duration.ofMinutes(1));
    }
}
