package dev.meridian.platform.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.meridian.platform.money.MoneyJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Every service speaks the same strict JSON (docs/problems.md, "what is refused"): money as {currency,
 * amount-string}, ISO-8601 dates, and no silent coercion — a value of the wrong JSON type is a 400 naming the
 * field, never a guess.
 */
@Singleton
public class MeridianJsonCustomizer implements ObjectMapperCustomizer {

    /** Deeper than any Meridian body; a hostile body nested a million levels deep is refused early. */
    static final int MAX_NESTING_DEPTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same settings for a mapper built outside CDI (tests, tools). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.registerModule(MoneyJson.module());
        mapper.registerModule(new SimpleModule("meridian-text").addDeserializer(String.class, new PlainTextDeserializer())
                .setDeserializerModifier(new BoundedCollections()));
        // A float where an integer is expected is a client bug, not something to truncate silently.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // {"sku":"A","sku":"B"}: which one did the client mean? Neither is guessed.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // 0 is not an enum constant; "12" is not a number, 12 and true are not strings.
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        // [null] in a list or {"k": null} in a map would reach the domain as a null element: refused as a 400.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(100).maxStringLength(20_000_000).build());
        return mapper;
    }
}
