package io.zhaoshang.projects.project;

import io.zhaoshang.platform.web.QueryParams;

/** The query parameters that narrow a list of projects; an unknown stage or tier is a 400, never ignored. */
record ProjectFilter(ProjectStage stage, ProjectTier tier, String ownerTeam) {

    static ProjectFilter of(String stage, String tier, String ownerTeam) {
        return new ProjectFilter(QueryParams.enumValue(ProjectStage.class, "stage", stage).orElse(null),
                QueryParams.enumValue(ProjectTier.class, "tier", tier).orElse(null),
                ownerTeam == null || ownerTeam.isBlank() ? null : ownerTeam.strip());
    }
}
