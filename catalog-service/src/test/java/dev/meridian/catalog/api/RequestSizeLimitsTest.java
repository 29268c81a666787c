package dev.meridian.catalog.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.catalog.support.Catalog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Only bulk imports take large bodies (64 MB); every other route takes 1 MB; too much is a 413 problem everywhere. */
@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class RequestSizeLimitsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TOO_LARGE = "https://meridian.dev/problems/payload-too-large";
    private static final String OVER_A_MEGABYTE = "{\"sku\":\"" + "a".repeat(1_100_000) + "\"}";

    @Test
    void a_product_body_over_a_megabyte_is_a_413_problem() {
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(OVER_A_MEGABYTE).when().post("/v1/admin/products")
                .then().statusCode(413).contentType(PROBLEM).body("type", equalTo(TOO_LARGE))
                .body("maxBytes", equalTo(1_048_576));
    }

    @Test
    void a_market_or_price_body_over_a_megabyte_is_a_413_problem() {
        given().contentType("application/json").body(OVER_A_MEGABYTE).when().put("/v1/admin/markets/BIG")
                .then().statusCode(413).contentType(PROBLEM).body("type", equalTo(TOO_LARGE));
        given().contentType("application/json").body(OVER_A_MEGABYTE)
                .when().put("/v1/admin/products/" + UUID.randomUUID() + "/prices/A-1/EU")
                .then().statusCode(413).contentType(PROBLEM).body("type", equalTo(TOO_LARGE));
    }

    @Test
    void an_import_file_of_several_megabytes_is_accepted() {
        // One product line and two megabytes of blank lines (which an import skips).
        String file = "{\"sku\":\"BIG-" + Catalog.unique() + "\",\"title\":{\"en\":\"Big\"},"
                + "\"price\":{\"currency\":\"EUR\",\"amount\":\"5.00\"}}\n" + " \n".repeat(1_000_000);
        given().contentType("application/x-ndjson").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(file.getBytes(StandardCharsets.UTF_8)).when().post("/v1/admin/imports")
                .then().statusCode(202).body("progress.total", equalTo(1));
    }

    @Test
    void an_import_over_64_megabytes_is_a_413_problem_before_it_is_read() throws Exception {
        // Only the headers are sent: the declared length alone is refused, nothing of the body is read.
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/admin/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                    + "Idempotency-Key: " + UUID.randomUUID() + "\r\nContent-Length: " + (65L * 1024 * 1024)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = readResponse(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains(PROBLEM).contains(TOO_LARGE);
        }
    }

    /** The status line, headers and body of one response (the server may keep the connection open for the body). */
    private static String readResponse(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }
}
