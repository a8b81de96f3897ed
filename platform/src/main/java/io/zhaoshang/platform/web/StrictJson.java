package io.zhaoshang.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads REST request bodies strictly, as government integrators expect: an unknown field, a
 * duplicate key, a number for a text field, a fraction for a whole number or trailing content is
 * a 400 (as are a string or number for a boolean and a string for a whole number) instead of being dropped or rounded silently. A missing or null primitive still reads as
 * 0, so declare required numbers as {@code @NotNull Integer}. Only REST bodies are read so: the
 * application's ObjectMapper (events, whose unknown fields must be ignored) keeps its settings.
 */
@Provider
public class StrictJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    @Inject
    public StrictJson(ObjectMapper mapper) {
        strict = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // "true" or 1 for a boolean and "12" for a whole number are refused too (Money reads
        // decimal strings by itself, so decimals keep their string form)
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        strict.registerModule(new SimpleModule("no-nul-in-text").addDeserializer(String.class, new NoNulText()));
    }

    /**
     * Text without the NUL character (U+0000): no field holds one on purpose, and PostgreSQL refuses
     * to store it, which would end the request as a 500 instead of the client's 400.
     */
    static final class NoNulText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text,
                        "contains the NUL character (U+0000), which no text may hold");
            }
            return text;
        }
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** The same strictness for a plain ObjectMapper, e.g. in unit tests of request types. */
    public static ObjectMapper strict(ObjectMapper mapper) {
        return new StrictJson(mapper).strict;
    }
}
