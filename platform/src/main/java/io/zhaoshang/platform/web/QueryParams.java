package io.zhaoshang.platform.web;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Filters given as query parameters: a value that is not accepted is a 400, never silently ignored. */
public final class QueryParams {

    private QueryParams() {
    }

    /**
     * The enum constant a filter names, or empty when the parameter is absent; anything else is a
     * 400 {@code invalid-enum-value} with the accepted values, as for a bad enum in a body.
     */
    public static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException unknown) {
            List<String> accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw ProblemException.badRequest("invalid-enum-value", parameter, accepted)
                    .withError(parameter, "invalid-enum-value", parameter, accepted)
                    .with("acceptedValues", accepted);
        }
    }
}
