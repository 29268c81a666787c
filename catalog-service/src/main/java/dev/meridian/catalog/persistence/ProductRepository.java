package dev.meridian.catalog.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<ProductEntity, UUID> {

    public Uni<ProductEntity> findBySku(String sku) {
        return find("sku", sku).firstResult();
    }
}
