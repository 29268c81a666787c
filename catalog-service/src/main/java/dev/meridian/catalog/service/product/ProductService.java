package dev.meridian.catalog.service.product;

import dev.meridian.catalog.domain.localization.Handle;
import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.catalog.domain.product.Product;
import dev.meridian.catalog.domain.product.ProductDetails;
import dev.meridian.catalog.domain.product.ProductStatus;
import dev.meridian.catalog.domain.product.Variant;
import dev.meridian.catalog.messaging.CatalogEvents;
import dev.meridian.catalog.persistence.CategoryRepository;
import dev.meridian.catalog.persistence.HandleRepository;
import dev.meridian.catalog.persistence.ProductEntity;
import dev.meridian.catalog.persistence.ProductMapper;
import dev.meridian.catalog.persistence.ProductRepository;
import dev.meridian.catalog.persistence.SearchIndexRepository;
import dev.meridian.catalog.persistence.VariantSkuRepository;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.PreconditionFailed;
import dev.meridian.platform.failure.RuleViolation;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Product use cases. Each runs in one transaction (joining the caller's, e.g. the Idempotency-Key's or an import
 * line's): rows and their outbox events commit together.
 */
@ApplicationScoped
public class ProductService {

    /** A product with the version its ETag names. */
    public record Versioned(Product product, long version) {
    }

    private final ProductRepository products;
    private final HandleRepository handles;
    private final SearchIndexRepository search;
    private final CategoryRepository categories;
    private final VariantSkuRepository skus;
    private final ProductStateLoader states;
    private final CatalogEvents events;
    private final Clock clock;

    public ProductService(ProductRepository products, HandleRepository handles, SearchIndexRepository search,
                          CategoryRepository categories, VariantSkuRepository skus, ProductStateLoader states,
                          CatalogEvents events, Clock clock) {
        this.products = products;
        this.handles = handles;
        this.search = search;
        this.categories = categories;
        this.skus = skus;
        this.states = states;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Product> create(ProductCommand command) {
        Product product = Product.create(command.sku(), new LocalizedText(command.title()), command.price(),
                command.status() == null ? ProductStatus.DRAFT : command.status(), clock.instant(),
                details(command, defaultHandles(command)), variants(command));
        // SKU uniqueness (product and variants) is checked by deferred constraints at commit, after the outbox
        // write: a duplicate therefore rolls back the product and its event together.
        return requireCategory(product)
                .chain(() -> products.persist(ProductMapper.toEntity(product)))
                .chain(products::flush)
                .chain(() -> writeSideTables(product))
                .chain(() -> events.productCreated(product))
                .replaceWith(product);
    }

    @WithSession
    public Uni<Versioned> get(UUID id) {
        return find(id).map(e -> new Versioned(ProductMapper.toDomain(e), e.version));
    }

    /** Replaces the editable state if {@code expectedVersion} is still current (412 otherwise, never a lost update). */
    @WithTransaction
    public Uni<Versioned> update(UUID id, long expectedVersion, ProductCommand command) {
        return find(id).chain(entity -> {
            if (entity.version != expectedVersion) {
                throw new PreconditionFailed("the product was changed since you read it (its ETag is now \""
                        + entity.version + "\"); fetch it again and reapply your change");
            }
            Product current = ProductMapper.toDomain(entity);
            RuleViolation.require(current.sku().equals(command.sku()), "sku", "the SKU of a product cannot change");
            return save(entity, revise(current, command));
        });
    }

    /**
     * Creates the product with the command's SKU, or replaces the editable state of the existing one (as PUT does,
     * without a version check). Nothing is written and no event recorded when the command changes nothing.
     *
     * @return true when something was written
     */
    @WithTransaction
    public Uni<Boolean> upsert(ProductCommand command) {
        return products.findBySku(command.sku()).chain(entity -> {
            if (entity == null) {
                return create(command).replaceWith(true);
            }
            Product current = ProductMapper.toDomain(entity);
            Product revised = revise(current, command);
            if (revised.equals(current)) {
                return Uni.createFrom().item(false);
            }
            return save(entity, revised).replaceWith(true);
        });
    }

    /** Marks the product changed (new version and updatedAt) when something around it changed: a price, a publication. */
    @WithTransaction
    public Uni<ProductEntity> touch(UUID id) {
        return find(id).call(entity -> {
            entity.updatedAt = clock.instant();
            return products.flush();
        });
    }

    /** Writes a revised product onto its managed row, refreshes side tables and records product.updated. */
    private Uni<Versioned> save(ProductEntity entity, Product revised) {
        ProductMapper.apply(revised, entity, clock.instant());
        return requireCategory(revised)
                .chain(products::flush)
                .chain(() -> writeSideTables(revised))
                .chain(() -> states.load(revised, entity.version, entity.updatedAt))
                .chain(events::productUpdated)
                .replaceWith(() -> new Versioned(revised, entity.version));
    }

    private Uni<ProductEntity> find(UUID id) {
        return products.findById(id).onItem().ifNull().failWith(() -> new NotFound("product", id));
    }

    /** The command applied to the current product: omitted status and handles keep their current values. */
    private static Product revise(Product current, ProductCommand command) {
        return current.revise(new LocalizedText(command.title()), command.price(),
                command.status() == null ? current.status() : command.status(),
                details(command, current.details().handle()), variants(command));
    }

    private Uni<Void> writeSideTables(Product product) {
        return skus.replace(product.id(), product.skus())
                .chain(() -> handles.sync(product.id(), product.details().handle()))
                .chain(() -> search.reindex(product));
    }

    private Uni<Void> requireCategory(Product product) {
        UUID category = product.details().categoryId();
        if (category == null) {
            return Uni.createFrom().voidItem();
        }
        return categories.exists(category)
                .invoke(exists -> RuleViolation.require(exists, "categoryId", "no category " + category))
                .replaceWithVoid();
    }

    private static ProductDetails details(ProductCommand c, Map<String, String> defaultHandles) {
        Map<String, String> handle = c.handle() == null || c.handle().isEmpty() ? defaultHandles : c.handle();
        return new ProductDetails(c.description(), c.seoTitle(), c.seoDescription(), handle, c.brand(), c.categoryId(),
                c.optionAxes(), c.hsCode(), c.originCountry(), c.taxCategory(), c.certifications(), c.images());
    }

    private static List<Variant> variants(ProductCommand c) {
        if (c.variants() == null) {
            return null;
        }
        return c.variants().stream().map(v -> new Variant(v.sku(), v.gtin(), v.options(),
                v.price() == null ? c.price() : v.price(), v.weightGrams(), v.dimensions())).toList();
    }

    /** Without explicit handles each title gets one; the SKU keeps it unique. */
    private static Map<String, String> defaultHandles(ProductCommand command) {
        Map<String, String> out = new LinkedHashMap<>();
        command.title().forEach((locale, title) -> out.put(locale, Handle.slugify(title + " " + command.sku())));
        return out;
    }
}
