package dev.meridian.compliance.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.meridian.compliance.domain.restriction.ProductFacts;
import dev.meridian.compliance.domain.restriction.ReviewDecision;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What compliance knows about catalog products (their facts and the market statuses last published for them) and
 * the review decisions on their protected terms; every call joins the caller's session or transaction.
 */
@ApplicationScoped
public class ProductRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JsonCodec json;

    public ProductRepository(JsonCodec json) {
        this.json = json;
    }

    /**
     * A product's facts, the JSON of the statuses last published for it, and the catalog version the facts came
     * from (null for facts stored before versions were kept).
     */
    public record StoredProduct(ProductFacts facts, String statuses, Long catalogVersion) {
    }

    public Uni<Optional<StoredProduct>> find(String productId) {
        return find(productId, "");
    }

    /** Locks the product's row for the rest of the transaction: evaluations of one product run one after another. */
    public Uni<Optional<StoredProduct>> findForUpdate(String productId) {
        return find(productId, " for update");
    }

    private Uni<Optional<StoredProduct>> find(String productId, String lock) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select facts, statuses, catalog_version from product_facts where product_id = :id" + lock,
                        Object[].class)
                .setParameter("id", productId).getResultList())
                .map(rows -> rows.isEmpty() ? Optional.empty() : Optional.of(new StoredProduct(
                        json.read((String) rows.getFirst()[0], ProductFacts.class), (String) rows.getFirst()[1],
                        rows.getFirst()[2] == null ? null : ((Number) rows.getFirst()[2]).longValue())));
    }

    /** The first known product id after {@code cursor} (null: from the start), in id order. */
    public Uni<Optional<String>> nextAfter(String cursor) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select product_id from product_facts where product_id > coalesce(cast(:cursor as text), '')
                        order by product_id limit 1""", String.class)
                .setParameter("cursor", cursor).getResultList())
                .map(rows -> rows.stream().findFirst());
    }

    /**
     * @param catalogVersion the catalog version the facts came from; null keeps the one stored (a re-evaluation
     *                       does not change the facts)
     */
    public Uni<Void> save(ProductFacts facts, String statuses, Long catalogVersion, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into product_facts (product_id, sku, facts, statuses, catalog_version, updated_at)
                        values (:id, :sku, :facts, :statuses, cast(:version as bigint), :at)
                        on conflict (product_id) do update set sku = excluded.sku, facts = excluded.facts,
                          statuses = excluded.statuses, updated_at = excluded.updated_at,
                          catalog_version = coalesce(excluded.catalog_version, product_facts.catalog_version)""")
                .setParameter("id", facts.productId()).setParameter("sku", facts.sku())
                .setParameter("facts", json.write(facts)).setParameter("statuses", statuses)
                .setParameter("version", catalogVersion).setParameter("at", SqlTimes.utc(at))
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Optional<ReviewDecision>> review(String productId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select terms, approved, decided_by, comment from product_review where product_id = :id",
                        Object[].class)
                .setParameter("id", productId).getResultList())
                .map(rows -> rows.isEmpty() ? Optional.empty() : Optional.of(new ReviewDecision(
                        Set.copyOf(json.read((String) rows.getFirst()[0], STRINGS)), (Boolean) rows.getFirst()[1],
                        (String) rows.getFirst()[2], (String) rows.getFirst()[3])));
    }

    public Uni<Void> saveReview(String productId, ReviewDecision decision, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into product_review (product_id, terms, approved, decided_by, comment, decided_at)
                        values (:id, :terms, :approved, :by, :comment, :at)
                        on conflict (product_id) do update set terms = excluded.terms, approved = excluded.approved,
                          decided_by = excluded.decided_by, comment = excluded.comment, decided_at = excluded.decided_at""")
                .setParameter("id", productId).setParameter("terms", json.write(new ArrayList<>(decision.terms())))
                .setParameter("approved", decision.approved()).setParameter("by", decision.decidedBy())
                .setParameter("comment", decision.comment()).setParameter("at", SqlTimes.utc(at)).executeUpdate())
                .replaceWithVoid();
    }

}
