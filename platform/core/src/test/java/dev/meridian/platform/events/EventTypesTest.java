package dev.meridian.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    private static List<String> types() {
        return Arrays.stream(EventTypes.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(EventTypesTest::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path docsEvents() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/events"))) {
                return dir.resolve("docs/events");
            }
        }
        throw new IllegalStateException("docs/events not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void every_type_has_its_json_schema_in_docs_events() {
        Path events = docsEvents();
        assertThat(types()).isNotEmpty().allSatisfy(type ->
                assertThat(events.resolve(EventTypes.schemaPath(type))).as(type).isRegularFile());
    }

    @Test
    void a_type_maps_to_its_service_folder() {
        assertThat(EventTypes.schemaPath("meridian.compliance.product.market-status.v1"))
                .isEqualTo("compliance/product.market-status.v1.json");
    }
}
