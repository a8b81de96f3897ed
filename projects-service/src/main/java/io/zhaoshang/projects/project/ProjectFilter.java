package io.zhaoshang.projects.project;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.List;

/** The query parameters that narrow a list of projects; an unknown stage or tier is a 400, never ignored. */
record ProjectFilter(ProjectStage stage, ProjectTier tier, String ownerTeam) {

    static ProjectFilter of(String stage, String tier, String ownerTeam) {
        return new ProjectFilter(parse(ProjectStage.class, "stage", stage), parse(ProjectTier.class, "tier", tier),
                ownerTeam == null || ownerTeam.isBlank() ? null : ownerTeam.strip());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            List<String> accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw ProblemException.badRequest("invalid-filter", parameter, accepted)
                    .withError(parameter, "invalid-enum-value", parameter, accepted)
                    .with("acceptedValues", accepted);
        }
    }
}
