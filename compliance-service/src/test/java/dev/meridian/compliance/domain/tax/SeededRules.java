package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule set exactly as the Flyway seed migration writes it, read from the migration file itself (one row
 * per line), so the table-driven tests check the seeded data and not a copy of it.
 */
public final class SeededRules {

    private static final String SEED = "db/migration/V2__seed_tax_rules.sql";
    private static final Pattern INSERT = Pattern.compile("insert into (\\w+) \\(([^)]*)\\) values");
    private static final Pattern VALUE = Pattern.compile("'((?:[^']|'')*)'|([^,\\s][^,]*)");
    private static RuleSet cached;

    private SeededRules() {
    }

    public static synchronized RuleSet load() {
        if (cached == null) {
            cached = parse(read());
        }
        return cached;
    }

    private static RuleSet parse(String sql) {
        Map<String, List<Map<String, String>>> tables = new HashMap<>();
        String table = null;
        List<String> columns = null;
        for (String raw : sql.split("\n")) {
            String line = raw.strip();
            Matcher insert = INSERT.matcher(line);
            if (insert.matches()) {
                table = insert.group(1);
                columns = List.of(insert.group(2).split(",\\s*"));
            } else if (line.startsWith("(") && table != null) {
                tables.computeIfAbsent(table, t -> new ArrayList<>()).add(row(columns, line));
            }
        }
        return new RuleSet(
                map(tables, "tax_rule", r -> new TaxRule(r.get("id"), i(r, "version"), r.get("country"), r.get("region"),
                        r.get("category"), r.get("tax_name"), new BigDecimal(r.get("rate_percent")), validity(r),
                        Boolean.parseBoolean(r.get("approximation")))),
                map(tables, "duty_rule", r -> new DutyRule(r.get("id"), i(r, "version"), r.get("destination"),
                        r.get("hs_prefix"), new BigDecimal(r.get("rate_percent")), validity(r), r.get("note"))),
                map(tables, "low_value_regime", r -> new LowValueRegime(r.get("id"), i(r, "version"), r.get("destination"),
                        r.get("code"), r.get("above_code"), threshold(r), validity(r), r.get("description"))),
                map(tables, "duty_de_minimis", r -> new DutyDeMinimis(r.get("id"), i(r, "version"), r.get("destination"),
                        threshold(r), Boolean.parseBoolean(r.get("suspended")), validity(r), r.get("note"))),
                map(tables, "fx_rate", r -> new FxRate(r.get("id"), i(r, "version"), r.get("currency"),
                        new BigDecimal(r.get("per_eur")), validity(r), r.get("source"))),
                map(tables, "rounding_rule", r -> new RoundingRule(r.get("id"), i(r, "version"), r.get("country"),
                        RoundingPolicy.valueOf(r.get("policy")))),
                map(tables, "preferential_origin", r -> new PreferentialOrigin(r.get("id"), i(r, "version"),
                        r.get("destination"), r.get("origin"), r.get("agreement"))));
    }

    private static Map<String, String> row(List<String> columns, String line) {
        String body = line.substring(1, line.lastIndexOf(')'));
        Matcher m = VALUE.matcher(body);
        Map<String, String> row = new HashMap<>();
        int i = 0;
        while (m.find()) {
            String value = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2).strip();
            row.put(columns.get(i++), "NULL".equals(value) && m.group(1) == null ? null : value);
        }
        if (i != columns.size()) {
            throw new IllegalStateException("expected " + columns.size() + " values in " + line);
        }
        return row;
    }

    private static <T> List<T> map(Map<String, List<Map<String, String>>> tables, String table,
                                   java.util.function.Function<Map<String, String>, T> f) {
        return tables.getOrDefault(table, List.of()).stream().map(f).toList();
    }

    private static int i(Map<String, String> r, String column) {
        return Integer.parseInt(r.get(column));
    }

    private static Validity validity(Map<String, String> r) {
        return new Validity(LocalDate.parse(r.get("valid_from")), r.get("valid_to") == null ? null : LocalDate.parse(r.get("valid_to")));
    }

    private static Money threshold(Map<String, String> r) {
        return Money.of(Money.currencyOf(r.get("threshold_currency")),
                new BigDecimal(r.get("threshold_amount")).stripTrailingZeros());
    }

    private static String read() {
        try (InputStream in = SeededRules.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
