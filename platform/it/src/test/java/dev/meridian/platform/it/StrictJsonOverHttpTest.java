package dev.meridian.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What used to answer 500 (or an empty 400) on every JSON endpoint is a 400 problem naming the field
 * (issue 9, items 1, 16-18), through the REST layer as a service sees it.
 */
@QuarkusTest
class StrictJsonOverHttpTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate key           | {\"sku\":\"A\",\"sku\":\"B\"}                                        | body",
            "null list element       | {\"sku\":\"A\",\"tags\":[null]}                                      | tags[0]",
            "NUL in text             | {\"sku\":\"A\\u0000\"}                                               | sku",
            "exponent amount         | {\"sku\":\"A\",\"price\":{\"currency\":\"EUR\",\"amount\":\"1e3\"}}  | price.amount",
            "hostile exponent        | {\"sku\":\"A\",\"price\":{\"currency\":\"EUR\",\"amount\":\"1e-999999999\"}} | price.amount",
            "number amount           | {\"sku\":\"A\",\"price\":{\"currency\":\"EUR\",\"amount\":10}}       | price.amount",
            "test currency           | {\"sku\":\"A\",\"price\":{\"currency\":\"XTS\",\"amount\":\"1\"}}    | price.currency",
            "string as number        | {\"sku\":\"A\",\"quantity\":\"12\"}                                  | quantity",
            "number as string        | {\"sku\":12}                                                         | sku"})
    void is_a_400_problem(String name, String body, String field) {
        var response = given().contentType("application/json").body(body).post("/v1/probe/items")
                .then().statusCode(400).contentType("application/problem+json");
        if (!"body".equals(field)) {
            response.body("errors[0].field", equalTo(field));
        }
    }
}
