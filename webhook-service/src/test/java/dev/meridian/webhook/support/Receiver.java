package dev.meridian.webhook.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A webhook receiver on this machine (JDK HttpServer): records every request it gets and answers as the test says
 * (by default 200). {@link #hang()} makes it hold every request without answering until it is closed.
 */
public final class Receiver implements AutoCloseable {

    /** One request as received: lower-case header names. */
    public record Request(int index, Map<String, String> headers, String body, long receivedNanos) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What to answer. */
    public record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
        public static Reply status(int status) {
            return new Reply(status, Map.of(), "", 0);
        }

        public Reply header(String name, String value) {
            Map<String, String> h = new TreeMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, delayMillis);
        }

        public Reply body(String body) {
            return new Reply(status, headers, body, delayMillis);
        }

        public Reply delayed(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Function<Request, Reply> responder = r -> Reply.status(200);
    private volatile boolean hang;

    private Receiver(InetAddress address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public static Receiver start() {
        return on("127.0.0.1");
    }

    public static Receiver on(String address) {
        try {
            return new Receiver(InetAddress.getByName(address));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Receiver answering(Function<Request, Reply> responder) {
        this.responder = responder;
        return this;
    }

    public Receiver hang() {
        this.hang = true;
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:port/hook */
    public String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public int count() {
        return requests.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(count.getAndIncrement(), headers, body, System.nanoTime());
            requests.add(request);
            if (hang) {
                closed.await(60, TimeUnit.SECONDS);
                return;
            }
            Reply reply = responder.apply(request);
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
