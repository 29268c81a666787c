package dev.meridian.checkout.persistence;

import dev.meridian.checkout.domain.promotion.Promotion;
import dev.meridian.checkout.domain.promotion.Usage;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Promotions and their redemptions, in the caller's session and transaction. */
@ApplicationScoped
public class PromotionRepository {

    private static final String USAGE = """
            select promotion_id, count(*), count(*) filter (where customer_id = cast(:customer as text))
            from promotion_redemption where promotion_id = any(cast(:ids as uuid[])) and status = 'RESERVED'
            group by promotion_id""";
    private static final String LOCK = "select id from promotion where id = any(cast(:ids as uuid[])) order by id for update";
    private static final String REDEEM = """
            insert into promotion_redemption (promotion_id, order_id, customer_id, code, currency, amount_minor, status,
              reserved_at)
            values (:promotion, :orderId, cast(:customer as text), cast(:code as text), :currency, :amount, 'RESERVED', :at)
            on conflict (promotion_id, order_id) do nothing""";
    private static final String RELEASE = """
            update promotion_redemption set status = 'RELEASED', released_at = :at
            where order_id = :orderId and status = 'RESERVED'""";

    public record Redemption(UUID promotionId, UUID orderId, String customer, String code, String currency,
                             long amountMinor) {
    }

    /** Stores a new promotion; a code already in use is a {@link StateConflict}, also when two race for it. */
    public Uni<Promotion> insert(Promotion promotion, Instant now) {
        PromotionEntity entity = PromotionMapper.toEntity(promotion, new PromotionEntity(), now);
        return entity.persist().chain(() -> Panache.getSession().chain(s -> s.flush()))
                .map(v -> PromotionMapper.toDomain(entity))
                .onFailure(PromotionRepository::codeTaken).transform(e -> new StateConflict(
                        "discount code " + promotion.code() + " is already in use", Map.of("code", promotion.code())));
    }

    private static boolean codeTaken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && "promotion_code_key".equals(c.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    public Uni<Optional<Promotion>> find(UUID id) {
        return PromotionEntity.<PromotionEntity>findById(id)
                .map(e -> Optional.ofNullable(e).map(PromotionMapper::toDomain));
    }

    public Uni<List<Promotion>> list(int limit) {
        return PromotionEntity.<PromotionEntity>find("order by createdAt desc, id").page(0, limit).list()
                .map(rows -> rows.stream().map(PromotionMapper::toDomain).toList());
    }

    /** Switches a promotion on or off; false when it does not exist. */
    public Uni<Optional<Promotion>> setActive(UUID id, boolean active, Instant now) {
        return PromotionEntity.<PromotionEntity>findById(id).chain(e -> {
            if (e == null) {
                return Uni.createFrom().item(Optional.<Promotion>empty());
            }
            e.active = active;
            e.updatedAt = now;
            return Panache.getSession().chain(s -> s.flush()).map(v -> Optional.of(PromotionMapper.toDomain(e)));
        });
    }

    public Uni<List<Promotion>> activeAutomatic() {
        return PromotionEntity.<PromotionEntity>list("code is null and active = true")
                .map(rows -> rows.stream().map(PromotionMapper::toDomain).toList());
    }

    /** The promotions these normalised codes name, keyed by code; unknown codes are absent. */
    public Uni<Map<String, Promotion>> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return PromotionEntity.<PromotionEntity>list("code in ?1", Set.copyOf(codes))
                .map(rows -> rows.stream().map(PromotionMapper::toDomain)
                        .collect(Collectors.toMap(Promotion::code, p -> p)));
    }

    /** Reserved redemptions of these promotions, in total and by {@code customer} (may be null). */
    public Uni<Usage> usage(Collection<UUID> promotions, String customer) {
        if (promotions.isEmpty()) {
            return Uni.createFrom().item(Usage.NONE);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(USAGE, Object[].class)
                .setParameter("ids", promotions.toArray(UUID[]::new)).setParameter("customer", customer)
                .getResultList().map(rows -> {
                    Map<UUID, Long> total = new HashMap<>();
                    Map<UUID, Long> mine = new HashMap<>();
                    for (Object[] r : rows) {
                        total.put((UUID) r[0], ((Number) r[1]).longValue());
                        mine.put((UUID) r[0], ((Number) r[2]).longValue());
                    }
                    return new Usage(total, mine);
                }));
    }

    /** Locks the promotions' rows until the transaction ends, in one order (no deadlocks between placements). */
    public Uni<Void> lock(Collection<UUID> promotions) {
        if (promotions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(LOCK, UUID.class)
                .setParameter("ids", promotions.toArray(UUID[]::new)).getResultList()).replaceWithVoid();
    }

    public Uni<Integer> redeem(Redemption r, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(REDEEM)
                .setParameter("promotion", r.promotionId()).setParameter("orderId", r.orderId())
                .setParameter("customer", r.customer()).setParameter("code", r.code())
                .setParameter("currency", r.currency()).setParameter("amount", r.amountMinor())
                .setParameter("at", at.atOffset(ZoneOffset.UTC)).executeUpdate());
    }

    /** Releases an order's redemptions (cancellation); they stop counting against the limits. */
    public Uni<Integer> release(UUID orderId, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(RELEASE)
                .setParameter("orderId", orderId).setParameter("at", at.atOffset(ZoneOffset.UTC)).executeUpdate());
    }
}
