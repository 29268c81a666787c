package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.Handle;
import dev.meridian.catalog.domain.MarketPrice;
import dev.meridian.catalog.domain.Product;
import dev.meridian.catalog.domain.ProductStatus;
import dev.meridian.catalog.messaging.CatalogEvents;
import dev.meridian.catalog.messaging.ProductCreatedData;
import dev.meridian.catalog.messaging.SnapshotAssembler;
import dev.meridian.catalog.persistence.CategoryStore;
import dev.meridian.catalog.persistence.HandleStore;
import dev.meridian.catalog.persistence.ProductEntity;
import dev.meridian.catalog.persistence.ProductMapper;
import dev.meridian.catalog.persistence.ProductRepository;
import dev.meridian.catalog.persistence.SearchIndex;
import dev.meridian.catalog.persistence.Sql;
import dev.meridian.platform.outbox.Outbox;
import dev.meridian.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Product use cases. Callers provide the transaction: rows and their outbox events commit together. */
@ApplicationScoped
public class ProductService {

    /** A product with the version its ETag names. */
    public record Versioned(Product product, long version) {
    }

    private final ProductRepository products;
    private final HandleStore handles;
    private final SearchIndex search;
    private final CategoryStore categories;
    private final ProductStateLoader states;
    private final Sql sql;
    private final Outbox outbox;
    private final Clock clock;

    public ProductService(ProductRepository products, HandleStore handles, SearchIndex search, CategoryStore categories,
                          ProductStateLoader states, Sql sql, Outbox outbox, Clock clock) {
        this.products = products;
        this.handles = handles;
        this.search = search;
        this.categories = categories;
        this.states = states;
        this.sql = sql;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Product> create(CreateProductRequest request) {
        Product product = Product.create(request.sku(), ProductRequests.title(request), request.price(),
                request.status() == null ? ProductStatus.DRAFT : request.status(), clock.instant(),
                ProductRequests.details(request, defaultHandles(request)), ProductRequests.variants(request));
        // SKU uniqueness (product and variants) is checked by deferred constraints at commit, after the outbox
        // write: a duplicate therefore rolls back the product and its event together.
        return requireCategory(product)
                .chain(() -> products.persist(ProductMapper.toEntity(product)))
                .chain(sql::flush)
                .chain(() -> writeSideTables(product))
                .chain(() -> outbox.record(CatalogEvents.TOPIC, CatalogEvents.PRODUCT_CREATED, product.id().toString(),
                        ProductCreatedData.of(product)))
                .replaceWith(product);
    }

    public Uni<Product> get(UUID id) {
        return getVersioned(id).map(Versioned::product);
    }

    public Uni<Versioned> getVersioned(UUID id) {
        return products.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("product", id))
                .map(e -> new Versioned(ProductMapper.toDomain(e), e.version));
    }

    /** Replaces the editable state if {@code expectedVersion} is still current (412 otherwise, never a lost update). */
    public Uni<Versioned> update(UUID id, long expectedVersion, CreateProductRequest request) {
        return products.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("product", id))
                .chain(entity -> {
                    if (entity.version != expectedVersion) {
                        throw Preconditions.stale(entity.version);
                    }
                    Product current = ProductMapper.toDomain(entity);
                    if (!current.sku().equals(request.sku())) {
                        throw ProblemException.invalid("sku", "the SKU of a product cannot change");
                    }
                    return save(entity, revise(current, request));
                });
    }

    /**
     * Creates the product with the request's SKU, or replaces the editable state of the existing one (as PUT does,
     * without a version check). Nothing is written and no event recorded when the request changes nothing.
     *
     * @return true when something was written
     */
    public Uni<Boolean> upsert(CreateProductRequest request) {
        return products.findBySku(request.sku()).chain(entity -> {
            if (entity == null) {
                return create(request).replaceWith(true);
            }
            Product current = ProductMapper.toDomain(entity);
            Product revised = revise(current, request);
            if (revised.equals(current)) {
                return Uni.createFrom().item(false);
            }
            return save(entity, revised).replaceWith(true);
        });
    }

    /** The request applied to the current product: omitted status and handles keep their current values. */
    private static Product revise(Product current, CreateProductRequest request) {
        return current.revise(ProductRequests.title(request), request.price(),
                request.status() == null ? current.status() : request.status(),
                ProductRequests.details(request, current.details().handle()),
                ProductRequests.variants(request));
    }

    /** Writes a revised product onto its managed row, refreshes side tables and records product.updated. */
    public Uni<Versioned> save(ProductEntity entity, Product revised) {
        ProductMapper.apply(revised, entity, clock.instant());
        return requireCategory(revised)
                .chain(sql::flush)
                .chain(() -> sql.update("delete from variant_sku where product_id = :id", Map.of("id", revised.id())))
                .chain(() -> writeSideTables(revised))
                .chain(() -> states.load(revised, entity.version, entity.updatedAt))
                .chain(state -> outbox.record(CatalogEvents.TOPIC, CatalogEvents.PRODUCT_UPDATED, revised.id().toString(),
                        SnapshotAssembler.of(state, clock.instant())))
                .replaceWith(() -> new Versioned(revised, entity.version));
    }

    /** Marks the product changed (new version and updatedAt) when something around it changed: a price, a publication. */
    public Uni<ProductEntity> touch(UUID id) {
        return products.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("product", id))
                .call(entity -> {
                    entity.updatedAt = clock.instant();
                    return sql.flush();
                });
    }

    private Uni<Void> writeSideTables(Product product) {
        return Multi.createFrom().iterable(product.skus()).onItem()
                .transformToUniAndConcatenate(sku -> sql.update(
                        "insert into variant_sku (sku, product_id) values (:sku, :id)", Map.of("sku", sku, "id", product.id())))
                .collect().last()
                .chain(() -> handles.sync(product.id(), product.details().handle()))
                .chain(() -> search.reindex(product));
    }

    private Uni<Void> requireCategory(Product product) {
        if (product.details().categoryId() == null) {
            return Uni.createFrom().voidItem();
        }
        return categories.exists(product.details().categoryId()).invoke(exists -> {
            if (!exists) {
                throw ProblemException.invalid("categoryId", "no category " + product.details().categoryId());
            }
        }).replaceWithVoid();
    }

    /** Without explicit handles each title gets one; the SKU keeps it unique. */
    private static Map<String, String> defaultHandles(CreateProductRequest request) {
        Map<String, String> out = new LinkedHashMap<>();
        request.title().forEach((locale, title) -> out.put(locale, Handle.slugify(title + " " + request.sku())));
        return out;
    }

    public static MarketPrice noPrice() {
        return null;
    }
}
