package dev.meridian.catalog.api.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meridian.catalog.api.product.CreateProductRequest;
import dev.meridian.catalog.api.product.PriceRequest;
import dev.meridian.catalog.api.product.ProductCommands;
import dev.meridian.catalog.domain.imports.Csv;
import dev.meridian.catalog.domain.imports.ImportFile;
import dev.meridian.catalog.service.imports.ImportLine;
import dev.meridian.catalog.service.imports.ImportLineReader;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.InvalidMoneyJsonException;
import dev.meridian.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Turns one line of an import file into an {@link ImportLine}, validated exactly like the admin API's bodies
 * (Bean Validation on the same request records; the domain checks the rest when the line is applied).
 *
 * <p>NDJSON: one JSON object per line, {@code "type": "product"} (the default; the body of POST /v1/admin/products)
 * or {@code "type": "price"} ({@code sku}, {@code market} and the body of PUT .../prices). CSV: a header naming the
 * columns of {@link #CSV_COLUMNS} plus localized ones such as {@code title.de}; each row becomes the same JSON.
 */
@ApplicationScoped
public class ImportLineParser implements ImportLineReader {

    static final Set<String> CSV_COLUMNS = Set.of("type", "sku", "status", "currency", "price", "brand", "hs_code",
            "origin_country", "tax_category", "category_id", "market", "amount", "compare_at", "sale_amount",
            "sale_from", "sale_until");
    static final Map<String, String> CSV_LOCALIZED = Map.of("title", "title", "description", "description",
            "handle", "handle", "seo_title", "seoTitle", "seo_description", "seoDescription");
    private static final Map<String, String> CSV_SIMPLE = Map.of("sku", "sku", "status", "status", "brand", "brand",
            "hs_code", "hsCode", "origin_country", "originCountry", "tax_category", "taxCategory",
            "category_id", "categoryId", "market", "market");

    private final ObjectMapper mapper;
    private final Validator validator;

    public ImportLineParser(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Checks a CSV header before anything is stored: a file the worker could not read is a 400. */
    public static void requireUsableHeader(List<String> header) {
        if (!header.contains("sku")) {
            throw ProblemException.invalid("header", "a CSV import needs a header line with at least a 'sku' column");
        }
        for (String column : header) {
            int dot = column.indexOf('.');
            boolean known = dot > 0 ? CSV_LOCALIZED.containsKey(column.substring(0, dot)) : CSV_COLUMNS.contains(column);
            if (!known) {
                throw ProblemException.invalid("header", "unknown column '" + column + "'");
            }
        }
    }

    @Override
    public ImportLine read(ImportFile file, ImportFile.Line line) {
        JsonNode node = file.format() == ImportFile.Format.CSV ? csvRow(file.header(), line.text()) : json(line.text());
        String type = node.path("type").asText("product");
        try {
            return switch (type) {
                case "product" -> new ImportLine.ProductLine(
                        ProductCommands.of(valid(mapper.treeToValue(node, CreateProductRequest.class))));
                case "price" -> {
                    ImportPrice price = valid(mapper.treeToValue(node, ImportPrice.class));
                    yield new ImportLine.PriceLine(truncateToStoredPrecision(price).toMarketPrice());
                }
                default -> throw new ImportLine.Rejected("type: must be 'product' or 'price', not '" + type + "'");
            };
        } catch (JsonMappingException e) {
            // Named like the admin API names it: the field's path, down to the part of a money value.
            String field = field(e.getPath(), e instanceof InvalidMoneyJsonException money ? money.moneyField() : null);
            throw new ImportLine.Rejected((field.isEmpty() ? "invalid value" : field) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ImportLine.Rejected("invalid value: " + e.getOriginalMessage());
        } catch (RuleViolation e) {
            throw new ImportLine.Rejected(e.field() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ImportLine.Rejected("invalid value: " + rootMessage(e));
        }
    }

    private JsonNode json(String text) {
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ImportLine.Rejected("malformed line: not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ImportLine.Rejected("malformed JSON: " + e.getOriginalMessage());
        }
    }

    private JsonNode csvRow(List<String> header, String text) {
        List<String> cells;
        try {
            cells = Csv.split(text);
        } catch (RuleViolation e) {
            throw new ImportLine.Rejected("malformed CSV: " + e.getMessage());
        }
        if (cells.size() != header.size()) {
            throw new ImportLine.Rejected("malformed CSV: " + cells.size() + " fields, the header has " + header.size());
        }
        Map<String, String> row = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!cells.get(i).isBlank()) {
                row.put(header.get(i), cells.get(i).strip());
            }
        }
        ObjectNode node = mapper.createObjectNode();
        String type = row.getOrDefault("type", row.containsKey("market") ? "price" : "product");
        node.put("type", type);
        row.forEach((column, value) -> {
            int dot = column.indexOf('.');
            if (dot > 0) {
                node.withObject("/" + CSV_LOCALIZED.get(column.substring(0, dot))).put(column.substring(dot + 1), value);
            } else if (CSV_SIMPLE.containsKey(column)) {
                node.put(CSV_SIMPLE.get(column), value);
            }
        });
        String currency = row.get("currency");
        money(node, "price", currency, row.get("price"));
        money(node, "amount", currency, row.get("amount"));
        money(node, "compareAt", currency, row.get("compare_at"));
        if (row.containsKey("sale_amount") || row.containsKey("sale_from") || row.containsKey("sale_until")) {
            ObjectNode sale = node.putObject("sale");
            money(sale, "amount", currency, row.get("sale_amount"));
            if (row.containsKey("sale_from")) {
                sale.put("from", row.get("sale_from"));
            }
            if (row.containsKey("sale_until")) {
                sale.put("until", row.get("sale_until"));
            }
        }
        return node;
    }

    private static void money(ObjectNode node, String field, String currency, String amount) {
        if (amount != null) {
            node.putObject(field).put("currency", currency).put("amount", amount);
        }
    }

    private <T> T valid(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ImportLine.Rejected(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        return value;
    }

    /** The database keeps microseconds; a sale window with nanoseconds would otherwise never compare equal. */
    private static ImportPrice truncateToStoredPrecision(ImportPrice p) {
        if (p.sale() == null) {
            return p;
        }
        PriceRequest.Sale s = p.sale();
        return new ImportPrice(p.sku(), p.market(), p.amount(), p.compareAt(), new PriceRequest.Sale(s.amount(),
                s.from() == null ? null : s.from().truncatedTo(ChronoUnit.MICROS),
                s.until() == null ? null : s.until().truncatedTo(ChronoUnit.MICROS)));
    }

    private static String field(List<JsonMappingException.Reference> path, String leaf) {
        StringJoiner out = new StringJoiner(".");
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                out.add(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.add(String.valueOf(reference.getIndex()));
            }
        }
        if (leaf != null && !leaf.isEmpty()) {
            out.add(leaf);
        }
        return out.toString();
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
