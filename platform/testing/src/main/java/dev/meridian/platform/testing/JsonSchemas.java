package dev.meridian.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates real event payloads against the published schemas in docs/events (the contract consumers rely on). */
public final class JsonSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BASE = "https://meridian.dev/events/";

    private JsonSchemas() {
    }

    /** @param schemaFile a path relative to docs/events, e.g. {@code catalog/product.created.v1.json} */
    public static void assertValid(String schemaFile, JsonNode data) {
        Path docs = RepoRoot.find().resolve("docs/events");
        Path file = docs.resolve(schemaFile);
        if (!Files.exists(file)) {
            throw new AssertionError("no schema at " + file);
        }
        // $ids and $refs use https://meridian.dev/events/...; they are resolved from docs/events, never fetched.
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix(BASE, docs.toUri().toString())));
        {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + schemaFile));
            Set<ValidationMessage> errors = schema.validate(data);
            if (!errors.isEmpty()) {
                throw new AssertionError("payload does not match " + file + ": "
                        + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "))
                        + "\npayload: " + data);
            }
        }
    }

    public static void assertValid(String schemaFile, String json) {
        try {
            assertValid(schemaFile, MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
