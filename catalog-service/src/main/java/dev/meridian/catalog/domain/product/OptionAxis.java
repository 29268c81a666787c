package dev.meridian.catalog.domain.product;

import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.platform.failure.RuleViolation;
import java.util.List;
import java.util.Map;

/** An axis variants differ on ("color": red, blue), with localized labels for the axis name. */
public record OptionAxis(String name, Map<String, String> label, List<String> values) {

    public OptionAxis {
        if (name == null || !name.matches("[a-z][a-z0-9_-]{0,31}")) {
            throw new RuleViolation("optionAxes.name", "must be 1-32 lower-case letters, digits, '_' or '-'");
        }
        if (values == null || values.isEmpty()) {
            throw new RuleViolation("optionAxes." + name + ".values", "at least one value is required");
        }
        values = List.copyOf(values);
        label = label == null || label.isEmpty() ? Map.of() : new LocalizedText(label).values();
    }
}
