package io.zhaoshang.platform.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Turns Jackson's complaints about a request body into problems that name the field. */
public final class JsonProblems {

    private JsonProblems() {
    }

    /**
     * The client's mistake behind a Jackson exception; empty when it is the server's own (a type
     * Jackson cannot handle), which must stay a 500.
     */
    public static Optional<ProblemException> from(JacksonException e) {
        if (e instanceof InvalidDefinitionException) {
            return Optional.empty();
        }
        if (e instanceof StreamReadException || e instanceof StreamConstraintsException) {
            JsonLocation at = e.getLocation();
            return Optional.of(at == null
                    ? ProblemException.badRequest("malformed-json", "?", "?")
                    : ProblemException.badRequest("malformed-json", at.getLineNr(), at.getColumnNr()));
        }
        if (e instanceof DatabindException mapping) {
            return Optional.of(fromMapping(mapping));
        }
        return Optional.of(ProblemException.badRequest("malformed-json", "?", "?"));
    }

    private static ProblemException fromMapping(DatabindException e) {
        String field = e instanceof JsonMappingException jme ? path(jme.getPath()) : "";
        if (e instanceof PropertyBindingException unknown) { // unknown (or ignored) property
            return fieldProblem("unknown-field", field);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            List<String> accepted = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).toList();
            return fieldProblem("invalid-enum-value", field, accepted).with("acceptedValues", accepted);
        }
        if (e instanceof MismatchedInputException mismatch) {
            Object expected = new ProblemException.Term("json-type." + jsonType(mismatch.getTargetType()),
                    jsonType(mismatch.getTargetType()));
            return field.isEmpty()
                    ? ProblemException.badRequest("invalid-body", expected)
                    : fieldProblem("invalid-field-type", field, expected);
        }
        // e.g. a constructor or creator refused the value
        return field.isEmpty()
                ? ProblemException.badRequest("invalid-body", new ProblemException.Term("json-type.object", "object"))
                : fieldProblem("invalid-field-value", field);
    }

    private static ProblemException fieldProblem(String code, String field, Object... args) {
        Object[] withField = new Object[args.length + 1];
        withField[0] = field;
        System.arraycopy(args, 0, withField, 1, args.length);
        return ProblemException.badRequest(code, withField).withError(field, code, withField);
    }

    /** The JSON path of the offending value, like {@code items[2].price.amount}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What the client should have sent, in JSON's words. */
    static String jsonType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || type == UUID.class
                || Temporal.class.isAssignableFrom(type) || type == Character.class) {
            return "string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "object" : "value";
    }
}
