package dev.meridian.checkout.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Fulfillment and compliance stubbed with WireMock for every test JVM, answering in the shapes of their real APIs
 * ({@link FakeFulfillment}, {@link FakeCompliance}); {@link #fulfillmentDown()} and {@link #complianceDown()} make
 * one of them fail at the connection.
 */
public class Upstreams implements QuarkusTestResourceLifecycleManager {

    public static final FakeFulfillment FULFILLMENT = new FakeFulfillment();
    public static final FakeCompliance COMPLIANCE = new FakeCompliance();
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().extensions(FULFILLMENT, COMPLIANCE)
                    .containerThreads(40).jettyAcceptors(2));
            server.start();
        }
        reset();
        String base = "http://127.0.0.1:" + server.port();
        return Map.of("quarkus.rest-client.fulfillment.url", base, "quarkus.rest-client.compliance.url", base);
    }

    @Override
    public void stop() {
        // kept for the next test class of this JVM
    }

    public static WireMockServer server() {
        return server;
    }

    /** Both services up, no stock limits, default rates; the request journal emptied. */
    public static void reset() {
        server.resetAll();
        FULFILLMENT.reset();
        COMPLIANCE.reset();
        server.stubFor(post(urlPathEqualTo("/v1/shipping-quotes"))
                .willReturn(aResponse().withTransformers(FakeFulfillment.NAME)));
        server.stubFor(post(urlPathMatching("/v1/reservations(/.*)?"))
                .willReturn(aResponse().withTransformers(FakeFulfillment.NAME)));
        server.stubFor(post(urlPathEqualTo("/v1/quotes")).willReturn(aResponse().withTransformers(FakeCompliance.NAME)));
    }

    public static void fulfillmentDown() {
        server.stubFor(any(urlPathMatching("/v1/(shipping-quotes|reservations).*")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    public static void complianceDown() {
        server.stubFor(any(urlPathEqualTo("/v1/quotes")).atPriority(1).willReturn(aResponse().withStatus(503)));
    }

    public static int requestsTo(String pathRegex) {
        return (int) server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().matches(pathRegex)).count();
    }
}
