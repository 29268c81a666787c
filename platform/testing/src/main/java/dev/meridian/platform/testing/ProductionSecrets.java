package dev.meridian.platform.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No secret has a default outside {@code %dev} and {@code %test} (issue 9, item 5): in the prod profile a missing
 * secret must stop start-up (Quarkus refuses to expand {@code ${VAR}} without a value, naming the variable), never
 * quietly run with a development secret. A service's test calls {@link #assertNoDefaults()}.
 */
public final class ProductionSecrets {

    /** Names of settings that hold secrets. */
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|api-key|hmac-key|credentials).*");
    /** A property expression with a non-empty default, {@code ${NAME:default}}. */
    private static final Pattern WITH_DEFAULT = Pattern.compile("\\$\\{[^}:]+:([^}]+)}");

    private ProductionSecrets() {
    }

    /** Checks the module's own application.properties (the test's working directory is the module). */
    public static void assertNoDefaults() {
        assertNoDefaults(Path.of("src/main/resources/application.properties"));
    }

    public static void assertNoDefaults(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath(), e);
        }
        List<String> offenders = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%dev.") || key.startsWith("%test.") || key.startsWith("%dev,test.")
                    || !SECRET_KEY.matcher(key).matches()) {
                continue;
            }
            String value = properties.getProperty(key).trim();
            Matcher defaulted = WITH_DEFAULT.matcher(value);
            boolean literal = !value.isEmpty() && !value.startsWith("${");
            if (literal || defaulted.find()) {
                offenders.add(key + "=" + value);
            }
        }
        if (!offenders.isEmpty()) {
            throw new AssertionError("secrets with a value outside %dev/%test in " + file + " (put the value under "
                    + "%dev./%test. and leave the plain key as ${ENV_VAR}): " + offenders);
        }
    }
}
