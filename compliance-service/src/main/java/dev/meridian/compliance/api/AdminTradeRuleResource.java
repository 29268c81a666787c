package dev.meridian.compliance.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.compliance.api.TradeRuleBodies.DeMinimisBody;
import dev.meridian.compliance.api.TradeRuleBodies.DutyRuleBody;
import dev.meridian.compliance.api.TradeRuleBodies.FxRateBody;
import dev.meridian.compliance.api.TradeRuleBodies.LowValueRegimeBody;
import dev.meridian.compliance.domain.geo.Territories;
import dev.meridian.compliance.domain.tax.DutyDeMinimis;
import dev.meridian.compliance.domain.tax.DutyRule;
import dev.meridian.compliance.domain.tax.FxRate;
import dev.meridian.compliance.domain.tax.LowValueRegime;
import dev.meridian.compliance.domain.tax.RuleSet;
import dev.meridian.compliance.domain.tax.Validity;
import dev.meridian.compliance.persistence.AuditLog;
import dev.meridian.compliance.persistence.RuleVersionWriter;
import dev.meridian.compliance.persistence.RuleVersionWriter.Table;
import dev.meridian.platform.money.Money;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Maintains the dated trade rules the quote engine reads besides tax rates: duty rates, duty de minimis,
 * low-value import regimes and FX reference rates. As with tax rules, a change is a new version with a later
 * {@code validFrom} (nothing is edited in place), audited in the same transaction, and the in-memory rules are
 * reloaded once it has committed.
 */
@Path("/v1/admin")
@Tag(name = "Rules (admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
public class AdminTradeRuleResource {

    private static final String VERSIONING = " A change is a new version of the same id with a later validFrom "
            + "(optionally naming supersedesVersion, which must still be the newest); the previous version keeps applying "
            + "before it. 409 when the version is stale, takes effect on or before the version it supersedes, or overlaps "
            + "another rule about the same thing.";

    private final RuleVersionWriter writer;
    private final AuditLog audit;
    private final Rules rules;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public AdminTradeRuleResource(RuleVersionWriter writer, AuditLog audit, Rules rules, SecurityIdentity identity,
                                  ObjectMapper json) {
        this.writer = writer;
        this.audit = audit;
        this.rules = rules;
        this.identity = identity;
        this.json = json;
    }

    // --- duty rates ---

    @GET
    @Path("/duty-rules")
    @Operation(summary = "Duty rates, every version", description = "Ad-valorem duty rates by destination (EU or a "
            + "country) and HS prefix, every version with its validity; optionally for one destination.")
    public List<DutyRule> dutyRules(@QueryParam("destination") String destination) {
        return current().dutyRules().stream()
                .filter(r -> destination == null || r.destination().equals(destination)).toList();
    }

    @POST
    @Path("/duty-rules")
    @Operation(summary = "Add a duty rate version", description = "Duty rate for goods entering a destination whose HS "
            + "code starts with hsPrefix ('' is the destination's default; the longest prefix wins)." + VERSIONING)
    public Uni<Response> addDutyRule(@Valid @NotNull DutyRuleBody body) {
        customsTerritory("destination", body.destination());
        Validity validity = validity(body.validFrom(), body.validTo());
        BigDecimal rate = new BigDecimal(body.ratePercent()); // duty may exceed 100 %
        IntFunction<DutyRule> build = v -> new DutyRule(body.id(), v, body.destination(), body.hsPrefix(), rate, validity,
                blankToNull(body.note()));
        return add(Table.DUTY_RULE, "duty-rule", body.id(), body.supersedesVersion(),
                body.destination() + "|" + body.hsPrefix(), validity, build(build),
                s -> find(s.dutyRules(), DutyRule::id, DutyRule::version, body.id()), writer::insert);
    }

    // --- duty de minimis ---

    @GET
    @Path("/duty-de-minimis")
    @Operation(summary = "Duty de minimis thresholds, every version", description = "Consignment values up to which a "
            + "destination charges no duty, or a suspended de minimis, every version with its validity.")
    public List<DutyDeMinimis> deMinimis(@QueryParam("destination") String destination) {
        return current().deMinimis().stream()
                .filter(r -> destination == null || r.destination().equals(destination)).toList();
    }

    @POST
    @Path("/duty-de-minimis")
    @Operation(summary = "Add a duty de minimis version", description = "Threshold in its own currency; suspended = true "
            + "means every consignment pays duty (the US from 2025-08-29)." + VERSIONING)
    public Uni<Response> addDeMinimis(@Valid @NotNull DeMinimisBody body) {
        customsTerritory("destination", body.destination());
        Validity validity = validity(body.validFrom(), body.validTo());
        Money threshold = threshold(body.threshold());
        IntFunction<DutyDeMinimis> build = v -> new DutyDeMinimis(body.id(), v, body.destination(), threshold,
                Boolean.TRUE.equals(body.suspended()), validity, blankToNull(body.note()));
        return add(Table.DUTY_DE_MINIMIS, "duty-de-minimis", body.id(), body.supersedesVersion(), body.destination(),
                validity, build(build), s -> find(s.deMinimis(), DutyDeMinimis::id, DutyDeMinimis::version, body.id()),
                writer::insert);
    }

    // --- low-value import regimes ---

    @GET
    @Path("/low-value-regimes")
    @Operation(summary = "Low-value import regimes, every version", description = "Schemes under which the seller "
            + "collects the destination's VAT/GST at checkout and no duty is due (EU IOSS, UK, AU, NZ, NO VOEC, SG), "
            + "every version with its threshold and validity.")
    public List<LowValueRegime> lowValueRegimes(@QueryParam("destination") String destination) {
        return current().lowValueRegimes().stream()
                .filter(r -> destination == null || r.destination().equals(destination)).toList();
    }

    @POST
    @Path("/low-value-regimes")
    @Operation(summary = "Add a low-value import regime version", description = "Consignments of intrinsic value up to "
            + "the threshold (in its own currency) are taxed at checkout under code; above it aboveCode applies: import "
            + "tax and duty at the border." + VERSIONING)
    public Uni<Response> addLowValueRegime(@Valid @NotNull LowValueRegimeBody body) {
        customsTerritory("destination", body.destination());
        if (body.code().equals(body.aboveCode())) {
            throw ProblemException.invalid("aboveCode", "must differ from code");
        }
        Validity validity = validity(body.validFrom(), body.validTo());
        Money threshold = threshold(body.threshold());
        IntFunction<LowValueRegime> build = v -> new LowValueRegime(body.id(), v, body.destination(), body.code(),
                body.aboveCode(), threshold, validity, blankToNull(body.description()));
        return add(Table.LOW_VALUE_REGIME, "low-value-regime", body.id(), body.supersedesVersion(), body.destination(),
                validity, build(build), s -> find(s.lowValueRegimes(), LowValueRegime::id, LowValueRegime::version, body.id()),
                writer::insert);
    }

    // --- FX reference rates ---

    @GET
    @Path("/fx-rates")
    @Operation(summary = "FX reference rates, every version", description = "Units of a currency per 1 EUR used to "
            + "compare consignment values with thresholds in another currency, every version with its validity.")
    public List<FxRate> fxRates(@QueryParam("currency") String currency) {
        return current().fxRates().stream().filter(r -> currency == null || r.currency().equals(currency)).toList();
    }

    @POST
    @Path("/fx-rates")
    @Operation(summary = "Add an FX reference rate version", description = "1 EUR = perEur units of currency from "
            + "validFrom; EUR itself is the base and cannot be given." + VERSIONING)
    public Uni<Response> addFxRate(@Valid @NotNull FxRateBody body) {
        try {
            Money.currencyOf(body.currency());
        } catch (RuntimeException e) {
            throw ProblemException.invalid("currency", "'" + body.currency() + "' is not an ISO 4217 currency");
        }
        if ("EUR".equals(body.currency())) {
            throw ProblemException.invalid("currency", "EUR is the base of every rate");
        }
        Validity validity = validity(body.validFrom(), body.validTo());
        BigDecimal perEur = new BigDecimal(body.perEur());
        if (perEur.signum() <= 0) {
            throw ProblemException.invalid("perEur", "must be positive");
        }
        IntFunction<FxRate> build = v -> new FxRate(body.id(), v, body.currency(), perEur, validity, body.source().strip());
        return add(Table.FX_RATE, "fx-rate", body.id(), body.supersedesVersion(), body.currency(), validity, build(build),
                s -> find(s.fxRates(), FxRate::id, FxRate::version, body.id()), writer::insert);
    }

    // --- shared versioning ---

    /**
     * Checks and inserts a new version in one transaction: under a per-table lock, the version named as superseded
     * must still be the newest, the new version must take effect after it, and no other rule id about the same
     * subject may overlap its validity. Audited with the superseded version as "before"; rules reloaded after commit.
     */
    private <T> Uni<Response> add(Table table, String kind, String id, Integer supersedes, String subject, Validity validity,
                                  IntFunction<T> build, Function<RuleSet, T> previous, Function<T, Uni<Void>> insert) {
        String actor = identity.getPrincipal().getName();
        RuleSet before = current();
        return Panache.withTransaction(() -> writer.lock(table)
                        .chain(() -> writer.latest(table, id))
                        .chain(latest -> {
                            if (latest.isEmpty() && supersedes != null) {
                                throw ProblemException.conflict(kind + " '" + id + "' has no version " + supersedes + " to supersede");
                            }
                            if (latest.isPresent() && supersedes != null && latest.get().version() != supersedes) {
                                throw ProblemException.conflict(kind + " '" + id + "' is at version " + latest.get().version()
                                        + ", not " + supersedes + ": reload it and decide again");
                            }
                            if (latest.isPresent() && !validity.from().isAfter(latest.get().validFrom())) {
                                throw ProblemException.conflict("a new version of " + kind + " '" + id + "' must take effect "
                                        + "after version " + latest.get().version() + " (" + latest.get().validFrom()
                                        + "); versions are never edited or back-dated over one another");
                            }
                            int version = latest.map(l -> l.version() + 1).orElse(1);
                            return writer.overlapping(table, subject, id, validity).chain(other -> {
                                if (other.isPresent()) {
                                    throw ProblemException.conflict(kind + " '" + other.get() + "' already covers " + subject
                                            + " " + validity + "; add a version of it instead");
                                }
                                T rule = build.apply(version);
                                T superseded = version == 1 ? null : previous.apply(before);
                                return insert.apply(rule)
                                        .chain(() -> audit.append(actor, kind + ".version-added", kind + ":" + id,
                                                superseded == null ? null : write(superseded), write(rule)))
                                        .replaceWith(rule);
                            });
                        }))
                .call(rules::reload)
                .map(rule -> Response.status(201).entity(rule).build());
    }

    /** Runs the domain constructor once before touching the database, so its rules answer 400, not 500. */
    private static <T> IntFunction<T> build(IntFunction<T> build) {
        try {
            build.apply(1);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid("body", e.getMessage());
        }
        return build;
    }

    private static <T> T find(List<T> all, Function<T, String> id, java.util.function.ToIntFunction<T> version, String wanted) {
        return all.stream().filter(r -> Objects.equals(id.apply(r), wanted))
                .max(java.util.Comparator.comparingInt(version)).orElse(null);
    }

    private RuleSet current() {
        return rules.engine().rules();
    }

    /** Rules are written per customs territory: "EU" for the member states, otherwise the country. */
    private static void customsTerritory(String field, String code) {
        if (Territories.EU.equals(code)) {
            return;
        }
        if (!Territories.isCountry(code)) {
            throw ProblemException.invalid(field, "'" + code + "' is neither EU nor an ISO 3166-1 alpha-2 country code");
        }
        if (Territories.inEu(code)) {
            throw ProblemException.invalid(field, code + " is in the EU customs territory: write the rule for EU");
        }
    }

    private static Validity validity(java.time.LocalDate from, java.time.LocalDate to) {
        if (to != null && !to.isAfter(from)) {
            throw ProblemException.invalid("validTo", "must be after validFrom");
        }
        return new Validity(from, to);
    }

    private static Money threshold(Money threshold) {
        if (threshold.amount().signum() < 0) {
            throw ProblemException.invalid("threshold.amount", "must not be negative");
        }
        return threshold;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
