package dev.meridian.webhook.client;

import dev.meridian.webhook.domain.endpoint.EndpointUrl;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * POSTs one webhook: the guard resolves and checks the destination, the connection goes to the checked address (the
 * Host header and TLS server name stay the URL's host), redirects are never followed, the connection must open within
 * the connect timeout and the whole exchange finish within the total timeout, and only the first bytes of the answer
 * are kept. Never fails: every problem becomes an {@link HttpOutcome} with an error.
 */
public final class WebhookHttpClient {

    private final Vertx vertx;
    private final HttpClient http;
    private final DestinationGuard guard;
    private final Duration connectTimeout;
    private final Duration totalTimeout;
    private final int excerptBytes;

    public WebhookHttpClient(Vertx vertx, DestinationGuard guard, Duration connectTimeout, Duration totalTimeout,
                             int excerptBytes) {
        this.vertx = vertx;
        this.guard = guard;
        this.connectTimeout = connectTimeout;
        this.totalTimeout = totalTimeout;
        this.excerptBytes = excerptBytes;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setKeepAlive(true)
                .setKeepAliveTimeout(30)
                .setMaxPoolSize(8)
                .setVerifyHost(true)
                .setMaxRedirects(0)
                .setDecompressionSupported(false));
    }

    public Uni<HttpOutcome> post(EndpointUrl url, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        Future<HttpOutcome> outcome = vertx.<InetAddress>executeBlocking(() -> guard.check(url), false)
                .compose(address -> send(url, address, headers, body, started))
                .recover(failure -> Future.succeededFuture(HttpOutcome.failed(describe(failure), millisSince(started))));
        return Uni.createFrom().completionStage(outcome.toCompletionStage());
    }

    private Future<HttpOutcome> send(EndpointUrl url, InetAddress address, Map<String, String> headers, String body,
                                     long started) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(url.host())
                .setPort(url.port())
                .setSsl(url.https())
                .setURI(url.pathAndQuery())
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, url.port())))
                .setFollowRedirects(false)
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(totalTimeout.toMillis());
        headers.forEach(options::putHeader);
        options.putHeader("Host", url.uri().getRawAuthority());
        Promise<HttpOutcome> result = Promise.promise();
        AtomicBoolean done = new AtomicBoolean();
        long remaining = Math.max(1, totalTimeout.toMillis() - millisSince(started));
        http.request(options).onComplete(requested -> {
            if (requested.failed()) {
                if (done.compareAndSet(false, true)) {
                    result.fail(requested.cause());
                }
                return;
            }
            HttpClientRequest request = requested.result();
            long timer = vertx.setTimer(remaining, id -> {
                if (done.compareAndSet(false, true)) {
                    request.reset(0, new TimeoutException());
                    result.fail(new TimeoutException("no complete answer within " + totalTimeout.toSeconds() + " s"));
                }
            });
            request.send(Buffer.buffer(body, StandardCharsets.UTF_8.name()))
                    .compose(this::readBounded)
                    .onComplete(answered -> {
                        vertx.cancelTimer(timer);
                        if (!done.compareAndSet(false, true)) {
                            return;
                        }
                        if (answered.failed()) {
                            result.fail(answered.cause());
                        } else {
                            Answer a = answered.result();
                            result.complete(new HttpOutcome(a.status(), a.retryAfter(), a.excerpt(),
                                    millisSince(started), null));
                        }
                    });
        });
        return result.future();
    }

    private record Answer(int status, String retryAfter, String excerpt) {
    }

    /** Reads at most {@code excerptBytes} of the body and discards the rest (the total timeout bounds it). */
    private Future<Answer> readBounded(HttpClientResponse response) {
        Promise<Answer> promise = Promise.promise();
        Buffer kept = Buffer.buffer();
        response.handler(chunk -> {
            int room = excerptBytes - kept.length();
            if (room > 0) {
                kept.appendBuffer(chunk.length() <= room ? chunk : chunk.getBuffer(0, room));
            }
        });
        response.exceptionHandler(promise::tryFail);
        response.endHandler(v -> promise.tryComplete(new Answer(response.statusCode(),
                response.getHeader("Retry-After"), kept.length() == 0 ? null
                : new String(kept.getBytes(), StandardCharsets.UTF_8))));
        return promise.future();
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        if (cause instanceof DestinationGuard.Refused) {
            return cause.getMessage();
        }
        String type = cause.getClass().getSimpleName();
        return cause.getMessage() == null ? type : type + ": " + cause.getMessage();
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    public void close() {
        http.close();
    }
}
