package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.LocalizedText;
import dev.meridian.catalog.domain.Product;
import dev.meridian.catalog.domain.ProductStatus;
import dev.meridian.catalog.messaging.CatalogEvents;
import dev.meridian.catalog.messaging.ProductCreatedData;
import dev.meridian.catalog.persistence.ProductMapper;
import dev.meridian.catalog.persistence.ProductRepository;
import dev.meridian.platform.outbox.Outbox;
import dev.meridian.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** Product use cases. Callers provide the transaction: the row and its outbox event commit together. */
@ApplicationScoped
public class ProductService {

    private final ProductRepository products;
    private final Outbox outbox;
    private final Clock clock;

    public ProductService(ProductRepository products, Outbox outbox, Clock clock) {
        this.products = products;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Product> create(CreateProductRequest request) {
        Product product = Product.create(request.sku(), new LocalizedText(request.title()), request.price(),
                request.status() == null ? ProductStatus.DRAFT : request.status(), clock.instant());
        // The SKU's uniqueness is checked by a deferred constraint at commit, after the outbox write:
        // a duplicate therefore rolls back the product and its event together.
        return products.persist(ProductMapper.toEntity(product))
                .chain(() -> outbox.record(CatalogEvents.TOPIC, CatalogEvents.PRODUCT_CREATED, product.id().toString(),
                        ProductCreatedData.of(product)))
                .replaceWith(product);
    }

    public Uni<Product> get(UUID id) {
        return products.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("product", id))
                .map(ProductMapper::toDomain);
    }
}
