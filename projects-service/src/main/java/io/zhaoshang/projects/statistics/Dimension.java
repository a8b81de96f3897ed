package io.zhaoshang.projects.statistics;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What statistics can be grouped by (分组维度), as the {@code groupBy} parameter names it. */
public enum Dimension {
    STAGE,
    PARK,
    INDUSTRY,
    TEAM,
    TIER,
    PERIOD;

    /** The name in the API: lower case, as people write {@code groupBy=stage,period}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> codes() {
        return Arrays.stream(values()).map(Dimension::code).toList();
    }

    /** The dimension a {@code groupBy} value names; anything else is a 400 with the accepted values. */
    static Dimension of(String value) {
        return Arrays.stream(values()).filter(dimension -> dimension.code().equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> ProblemException.badRequest("invalid-enum-value", "groupBy", codes())
                        .withError("groupBy", "invalid-enum-value", "groupBy", codes())
                        .with("acceptedValues", codes()));
    }
}
