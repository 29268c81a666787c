package dev.meridian.catalog.api.imports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.meridian.platform.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

/** Uploads import files and waits for their jobs (run under @TestSecurity as a catalog editor). */
final class Imports {

    private Imports() {
    }

    static Response post(String contentType, String body) {
        return given().contentType(contentType).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/v1/admin/imports");
    }

    /** Submits the file and answers the job's URL. */
    static String submit(String contentType, String body) {
        return post(contentType, body).then().statusCode(202).extract().header("Location");
    }

    static JsonPath job(String location) {
        return given().when().get(location).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitCompleted(String location) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> "completed".equals(job(location).getString("status")));
        return job(location);
    }

    /** One text value of a query (e.g. an aggregate of row versions). */
    static String text(String sql, Object... params) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
