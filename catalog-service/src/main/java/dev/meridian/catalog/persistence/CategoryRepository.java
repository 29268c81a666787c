package dev.meridian.catalog.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.catalog.domain.product.Category;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The category tree (adjacency list; subtrees are found with a recursive query). */
@ApplicationScoped
public class CategoryRepository {

    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() { };

    private final Pool pool;
    private final SqlRepository sql;

    public CategoryRepository(Pool pool, SqlRepository sql) {
        this.pool = pool;
        this.sql = sql;
    }

    /** In the caller's transaction. */
    public Uni<Integer> insert(Category category) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", category.id());
        params.put("name", DocJson.write(category.name().values()));
        if (category.parentId() == null) {
            return sql.update("insert into category (id, name) values (:id, cast(cast(:name as text) as jsonb))", params);
        }
        params.put("parent", category.parentId());
        return sql.update("insert into category (id, parent_id, name) values (:id, :parent, cast(cast(:name as text) as jsonb))", params);
    }

    public Uni<List<Category>> all() {
        return pool.query("select id, parent_id, name::text from category").execute().map(rows -> {
            List<Category> out = new ArrayList<>();
            rows.forEach(r -> out.add(new Category(r.getUUID(0), r.getUUID(1),
                    new LocalizedText(DocJson.read(r.getString(2), TEXT)))));
            return out;
        });
    }

    public Uni<Boolean> exists(UUID id) {
        return pool.preparedQuery("select 1 from category where id = $1").execute(Tuple.of(id)).map(rows -> rows.size() > 0);
    }
}
