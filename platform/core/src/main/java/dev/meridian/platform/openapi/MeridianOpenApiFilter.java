package dev.meridian.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Makes every service's OpenAPI document say what the platform does for every operation, so the documents pass
 * the OWASP API Security ruleset (issue 9, item 22) without each resource repeating it — and without claiming
 * anything the code does not do:
 * <ul>
 *   <li>the problem+json answers the platform gives: 400 (operations with input), 401 (secured), 413, 429, 500;</li>
 *   <li>the {@code RateLimit-*} headers {@code RateLimitFilter} sends on every response of a rate-limited route
 *       (every {@code /v1} route is under a policy), and {@code Retry-After} on 429;</li>
 *   <li>bounds the platform enforces where a schema states none: JSON strings at most
 *       {@link #MAX_JSON_STRING} characters ({@code PlainTextDeserializer}), lists at most {@link #MAX_ITEMS}
 *       elements ({@code BoundedCollections}), integers within their Java type, parameters within the
 *       {@code meridian.http.max-uri-length} of 4096;</li>
 *   <li>a separate, equally verified security scheme name for admin APIs, https servers, RFC 8725 tokens.</li>
 * </ul>
 */
public class MeridianOpenApiFilter implements OASFilter {

    public static final int MAX_JSON_STRING = 20_000;
    public static final int MAX_ITEMS = 10_000;
    static final int MAX_PARAMETER = 4096;
    static final String PROBLEM = "Problem";
    static final String ADMIN_SCHEME = "adminJwt";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        servers(openAPI);
        securitySchemes(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach(this::path);
        }
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(s -> bound(s, seen));
        }
    }

    private static void servers(OpenAPI openAPI) {
        Server production = OASFactory.createServer().url("https://api.example.com")
                .description("production (replace with the deployment's host; served over TLS only)");
        production.addExtension("x-internal", false);
        openAPI.setServers(new ArrayList<>(List.of(production)));
    }

    /** The service's bearer scheme (SmallRye names it from quarkus.smallrye-openapi.security-scheme). */
    private String defaultScheme;

    private void securitySchemes(OpenAPI openAPI) {
        Map<String, SecurityScheme> schemes = openAPI.getComponents().getSecuritySchemes();
        if (schemes == null || schemes.isEmpty()) {
            return;
        }
        defaultScheme = schemes.keySet().iterator().next();
        for (SecurityScheme scheme : schemes.values()) {
            scheme.setDescription("Bearer JWT from the Keycloak realm meridian, validated per RFC8725 (signature, issuer, "
                    + "audience meridian-api, expiry); roles in realm_access.roles.");
        }
        SecurityScheme base = schemes.values().iterator().next();
        openAPI.getComponents().addSecurityScheme(ADMIN_SCHEME, OASFactory.createSecurityScheme()
                .type(base.getType()).scheme(base.getScheme()).bearerFormat(base.getBearerFormat())
                .description("The same RFC8725-validated bearer JWT, for /v1/admin operations: only staff roles "
                        + "(merchant-admin, catalog-editor, order-manager, compliance-officer, integration) pass."));
    }

    private void path(String name, PathItem item) {
        boolean admin = name.startsWith("/v1/admin");
        if (item.getParameters() != null) {
            item.getParameters().forEach(this::parameter);
        }
        item.getOperations().forEach((method, operation) -> operation(name, admin, method, operation));
    }

    private void operation(String path, boolean admin, PathItem.HttpMethod method, Operation operation) {
        if ((operation.getDescription() == null || operation.getDescription().isBlank()) && operation.getSummary() != null) {
            operation.setDescription(operation.getSummary()); // the summary is the description where none is longer
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(this::parameter);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured && method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && defaultScheme != null) {
            // A public write (an anonymous cart, a quote, a signed webhook) takes a token when the caller has one: the
            // rate limit then counts the token's subject instead of the address. State both ways honestly.
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(admin ? ADMIN_SCHEME : defaultScheme))));
        } else if (admin && secured) {
            List<SecurityRequirement> requirements = new ArrayList<>();
            for (SecurityRequirement requirement : operation.getSecurity()) {
                SecurityRequirement renamed = OASFactory.createSecurityRequirement();
                requirement.getSchemes().values().forEach(scopes -> renamed.addScheme(ADMIN_SCHEME, scopes));
                requirements.add(renamed);
            }
            operation.setSecurity(requirements);
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values()
                    .forEach(media -> bound(media.getSchema(), java.util.Collections.newSetFromMap(new IdentityHashMap<>())));
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            problem(responses, "400", "The request is invalid (problem+json naming each field); nothing changed");
        }
        if (secured) {
            problem(responses, "401", "No valid bearer token");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "413", "The body is larger than this operation accepts");
        }
        problem(responses, "429", "The client's rate limit is used up; retry after Retry-After seconds")
                .addHeader("Retry-After", header("Seconds to wait before retrying", 1, 86_400));
        problem(responses, "500", "Unexpected error; the errorId is logged");
        if (responses.getAPIResponses() != null) {
            Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            responses.getAPIResponses().forEach((code, response) -> {
                rateLimitHeaders(code, response);
                if (response.getRef() == null) {
                    response.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader()
                            .description("Sent when the request's Origin is allowed (meridian.http.cors.origins, and "
                                    + "meridian.http.cors.admin-origins for /v1/admin)")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2048)));
                    if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                        response.getContent().getMediaTypes().values().forEach(media -> bound(media.getSchema(), seen));
                    }
                }
            });
        }
    }

    private static void rateLimitHeaders(String code, APIResponse response) {
        if (response.getRef() != null || !(code.startsWith("2") || code.startsWith("4"))) {
            return;
        }
        response.addHeader("RateLimit-Limit", header("Requests allowed per period for this client and policy", 0, 1_000_000))
                .addHeader("RateLimit-Remaining", header("Requests left in the current period", 0, 1_000_000))
                .addHeader("RateLimit-Reset", header("Seconds until the bucket is full again", 0, 86_400));
    }

    private static Header header(String description, long min, long max) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max)));
    }

    private static APIResponse problem(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null) {
            return existing;
        }
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(code, response);
        return response;
    }

    private void parameter(Parameter parameter) {
        if (parameter.getRef() != null || parameter.getSchema() == null) {
            return;
        }
        Schema schema = parameter.getSchema();
        if (isType(schema, Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.setMaxLength(MAX_PARAMETER);
        }
        bound(schema, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** Adds the platform's bounds wherever a schema states none; never loosens a bound the code states. */
    private static void bound(Schema schema, Set<Schema> seen) {
        if (schema == null || schema.getRef() != null || !seen.add(schema)) {
            return;
        }
        if (isType(schema, Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.setMaxLength(MAX_JSON_STRING);
        }
        if (isType(schema, Schema.SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            // a stated exclusive bound (@Positive gives exclusiveMinimum 0) is the bound on that side
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (isType(schema, Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(MAX_ITEMS);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> bound(p, seen));
        }
        bound(schema.getItems(), seen);
        bound(schema.getAdditionalPropertiesSchema(), seen);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> bound(s, seen));
            }
        }
    }

    private static boolean isType(Schema schema, Schema.SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2000);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(500))
                .addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (docs/problems.md)")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(200))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(4096))
                .addProperty("errorId", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid").maxLength(36))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(1000).items(violation))
                .required(List.of("type", "title", "status"));
    }

}
