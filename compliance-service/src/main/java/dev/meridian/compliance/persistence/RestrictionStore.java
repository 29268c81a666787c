package dev.meridian.compliance.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.compliance.domain.restriction.ProductFacts;
import dev.meridian.compliance.domain.restriction.RestrictionKind;
import dev.meridian.compliance.domain.restriction.RestrictionRule;
import dev.meridian.compliance.domain.restriction.ReviewDecision;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Restriction rules, protected terms, product facts and review decisions; every call joins the caller's transaction. */
@ApplicationScoped
public class RestrictionStore {

    private final ObjectMapper json;

    public RestrictionStore(ObjectMapper json) {
        this.json = json;
    }

    /** The latest version of every restriction rule. */
    public Uni<List<RestrictionRule>> rules() {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select distinct on (id) id, version, category, market, kind, subject, note
                        from restriction_rule order by id, version desc""", Object[].class).getResultList())
                .map(rows -> rows.stream().map(r -> new RestrictionRule((String) r[0], ((Number) r[1]).intValue(),
                        (String) r[2], (String) r[3], RestrictionKind.valueOf((String) r[4]), (String) r[5], (String) r[6])).toList());
    }

    public Uni<Void> addRule(RestrictionRule rule) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into restriction_rule (id, version, category, market, kind, subject, note)
                        values (:id, (select coalesce(max(version), 0) + 1 from restriction_rule where id = :id),
                                :category, :market, :kind, :subject, :note)""")
                .setParameter("id", rule.id()).setParameter("category", rule.category())
                .setParameter("market", rule.market()).setParameter("kind", rule.kind().name())
                .setParameter("subject", rule.subject()).setParameter("note", rule.note()).executeUpdate()).replaceWithVoid();
    }

    public Uni<List<String>> terms() {
        return Panache.getSession().chain(s -> s.createNativeQuery("select term from protected_term order by term", String.class)
                .getResultList());
    }

    public Uni<Void> addTerm(String term, String actor, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into protected_term (term, created_at, created_by) values (:term, :at, :actor)")
                .setParameter("term", term).setParameter("at", utc(at)).setParameter("actor", actor).executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Optional<Stored>> product(String productId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select facts, statuses from product_facts where product_id = :id", Object[].class)
                .setParameter("id", productId).getResultList())
                .map(rows -> rows.isEmpty() ? Optional.empty()
                        : Optional.of(new Stored(read((String) rows.getFirst()[0], ProductFacts.class), (String) rows.getFirst()[1])));
    }

    public Uni<List<String>> productIds() {
        return Panache.getSession().chain(s -> s.createNativeQuery("select product_id from product_facts order by product_id",
                String.class).getResultList());
    }

    public Uni<Void> saveProduct(ProductFacts facts, String statuses, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into product_facts (product_id, sku, facts, statuses, updated_at)
                        values (:id, :sku, :facts, :statuses, :at)
                        on conflict (product_id) do update set sku = excluded.sku, facts = excluded.facts,
                          statuses = excluded.statuses, updated_at = excluded.updated_at""")
                .setParameter("id", facts.productId()).setParameter("sku", facts.sku())
                .setParameter("facts", write(facts)).setParameter("statuses", statuses).setParameter("at", utc(at))
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Optional<ReviewDecision>> review(String productId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select terms, approved, decided_by, comment from product_review where product_id = :id", Object[].class)
                .setParameter("id", productId).getResultList())
                .map(rows -> rows.isEmpty() ? Optional.empty() : Optional.of(new ReviewDecision(
                        Set.copyOf(readList((String) rows.getFirst()[0])), (Boolean) rows.getFirst()[1],
                        (String) rows.getFirst()[2], (String) rows.getFirst()[3])));
    }

    public Uni<Void> saveReview(String productId, ReviewDecision decision, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into product_review (product_id, terms, approved, decided_by, comment, decided_at)
                        values (:id, :terms, :approved, :by, :comment, :at)
                        on conflict (product_id) do update set terms = excluded.terms, approved = excluded.approved,
                          decided_by = excluded.decided_by, comment = excluded.comment, decided_at = excluded.decided_at""")
                .setParameter("id", productId).setParameter("terms", write(new ArrayList<>(decision.terms())))
                .setParameter("approved", decision.approved()).setParameter("by", decision.decidedBy())
                .setParameter("comment", decision.comment()).setParameter("at", utc(at)).executeUpdate()).replaceWithVoid();
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> readList(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() { });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** A product's facts and the JSON of the statuses last published for it. */
    public record Stored(ProductFacts facts, String statuses) {
    }
}
