package dev.meridian.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Collection;

/**
 * No list in a request has more than {@link #MAX_ITEMS} elements (the bound the OpenAPI documents state where an
 * operation states none). The body limit bounds bytes; this bounds the work a list of tiny elements can cause.
 */
final class BoundedCollections extends BeanDeserializerModifier {

    static final int MAX_ITEMS = dev.meridian.platform.openapi.MeridianOpenApiFilter.MAX_ITEMS;

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                                                       BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer);
    }

    static final class Bounded extends DelegatingDeserializer {

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            return checked(parser, super.deserialize(parser, ctx));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser parser, DeserializationContext ctx, Object into) throws IOException {
            return checked(parser, ((JsonDeserializer<Object>) _delegatee).deserialize(parser, ctx, into));
        }

        private static Object checked(JsonParser parser, Object value) throws BoundExceededException {
            int size = value instanceof Collection<?> c ? c.size()
                    : value != null && value.getClass().isArray() ? Array.getLength(value) : 0;
            if (size > MAX_ITEMS) {
                throw new BoundExceededException(parser, "has " + size + " elements; at most " + MAX_ITEMS
                        + " are accepted", Collection.class);
            }
            return value;
        }
    }
}
