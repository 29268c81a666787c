package dev.meridian.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** Finds the policy for a request and takes one token from the client's bucket for it. */
@ApplicationScoped
public class RateLimiter {

    /** What a limited request learns: whether it may go on, and the figures for the RateLimit headers. */
    public record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds, long resetSeconds) {
    }

    private final RateLimitConfig config;
    private final MeterRegistry metrics;
    private final Cache<String, Bucket> buckets;

    @Inject
    public RateLimiter(RateLimitConfig config, MeterRegistry metrics) {
        this.config = config;
        this.metrics = metrics;
        Duration longest = config.policies().values().stream().map(RateLimitConfig.Policy::period)
                .max(Comparator.naturalOrder()).orElse(Duration.ofMinutes(1));
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxClients())
                .expireAfterAccess(longest.plusMinutes(1)).build();
    }

    /** Empty when no policy covers the request (or limits are off): it is not counted. */
    public Optional<Decision> take(String method, String path, String client) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        return policyFor(method, path).map(policy -> {
            Bucket bucket = buckets.get(policy.getKey() + "\n" + client, key -> newBucket(policy.getValue()));
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            long retryAfter = probe.isConsumed() ? 0
                    : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()
                    + (probe.getNanosToWaitForRefill() % 1_000_000_000L == 0 ? 0 : 1));
            if (!probe.isConsumed()) {
                metrics.counter("meridian.rate_limit.refused", "policy", policy.getKey()).increment();
            }
            long missing = policy.getValue().limit() - probe.getRemainingTokens();
            long reset = missing <= 0 ? 0 : (long) Math.ceil(missing * (double) policy.getValue().period().toNanos()
                    / policy.getValue().limit() / 1_000_000_000d);
            return new Decision(probe.isConsumed(), policy.getValue().limit(), probe.getRemainingTokens(), retryAfter, reset);
        });
    }

    Optional<Map.Entry<String, RateLimitConfig.Policy>> policyFor(String method, String path) {
        Map.Entry<String, RateLimitConfig.Policy> best = null;
        int longest = -1;
        for (Map.Entry<String, RateLimitConfig.Policy> entry : config.policies().entrySet()) {
            RateLimitConfig.Policy policy = entry.getValue();
            if (policy.methods().isPresent() && !policy.methods().get().contains(method)) {
                continue;
            }
            for (String prefix : policy.pathPrefixes()) {
                if (matches(path, prefix) && prefix.length() > longest) {
                    longest = prefix.length();
                    best = entry;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean matches(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    private static Bucket newBucket(RateLimitConfig.Policy policy) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(policy.limit())
                .refillGreedy(policy.limit(), policy.period()).build()).build();
    }
}
