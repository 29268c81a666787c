package dev.meridian.compliance.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.compliance.domain.tax.DutyDeMinimis;
import dev.meridian.compliance.domain.tax.DutyRule;
import dev.meridian.compliance.domain.tax.FxRate;
import dev.meridian.compliance.domain.tax.LowValueRegime;
import dev.meridian.compliance.domain.tax.PreferentialOrigin;
import dev.meridian.compliance.domain.tax.RoundingPolicy;
import dev.meridian.compliance.domain.tax.RoundingRule;
import dev.meridian.compliance.domain.tax.TaxRule;
import dev.meridian.compliance.domain.tax.Validity;
import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Rule rows (read as {@code row_to_json}, so that no driver-side date or number decoding can fail before this code
 * sees the row) → domain rules. A row the domain refuses throws; the caller decides whether to skip it.
 */
final class RuleRowMapper {

    private RuleRowMapper() {
    }

    static TaxRule taxRule(JsonNode r) {
        return new TaxRule(text(r, "id"), r.path("version").asInt(), text(r, "country"), text(r, "region"),
                text(r, "category"), text(r, "tax_name"), decimal(r, "rate_percent"), validity(r),
                r.path("approximation").asBoolean(false));
    }

    static DutyRule dutyRule(JsonNode r) {
        return new DutyRule(text(r, "id"), r.path("version").asInt(), text(r, "destination"), text(r, "hs_prefix"),
                decimal(r, "rate_percent"), validity(r), text(r, "note"));
    }

    static LowValueRegime lowValueRegime(JsonNode r) {
        return new LowValueRegime(text(r, "id"), r.path("version").asInt(), text(r, "destination"), text(r, "code"),
                text(r, "above_code"), threshold(r), validity(r), text(r, "description"));
    }

    static DutyDeMinimis deMinimis(JsonNode r) {
        return new DutyDeMinimis(text(r, "id"), r.path("version").asInt(), text(r, "destination"), threshold(r),
                r.path("suspended").asBoolean(false), validity(r), text(r, "note"));
    }

    static FxRate fxRate(JsonNode r) {
        return new FxRate(text(r, "id"), r.path("version").asInt(), text(r, "currency"), decimal(r, "per_eur"),
                validity(r), text(r, "source"));
    }

    static RoundingRule roundingRule(JsonNode r) {
        return new RoundingRule(text(r, "id"), r.path("version").asInt(), text(r, "country"),
                RoundingPolicy.valueOf(text(r, "policy")));
    }

    static PreferentialOrigin preference(JsonNode r) {
        return new PreferentialOrigin(text(r, "id"), r.path("version").asInt(), text(r, "destination"),
                text(r, "origin"), text(r, "agreement"));
    }

    static LocalDate date(JsonNode r, String column) {
        JsonNode value = r.path(column);
        return value.isNull() || value.isMissingNode() ? null : LocalDate.parse(value.asText());
    }

    private static Validity validity(JsonNode r) {
        return new Validity(date(r, "valid_from"), date(r, "valid_to"));
    }

    private static Money threshold(JsonNode r) {
        return Money.of(Money.currencyOf(text(r, "threshold_currency")), decimal(r, "threshold_amount").stripTrailingZeros());
    }

    /** char(n) columns come padded; text columns may be null. */
    private static String text(JsonNode r, String column) {
        JsonNode value = r.path(column);
        return value.isNull() || value.isMissingNode() ? null : value.asText().strip();
    }

    private static BigDecimal decimal(JsonNode r, String column) {
        JsonNode value = r.path(column);
        if (!value.isNumber()) {
            throw new IllegalArgumentException(column + " is not a number: " + value);
        }
        return value.decimalValue();
    }
}
