package io.zhaoshang.projects.land;

import io.zhaoshang.projects.project.Project;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What a project tells parks about land (contract: docs/events/zhaoshang.project.land-requested.v1.schema.json). */
public final class LandEvents {

    public static final String AGGREGATE = "project";
    public static final String LAND_REQUESTED = "zhaoshang.project.land-requested.v1";

    private LandEvents() {
    }

    /** A project asks for its land need in the park it settles in (its sub-park if any). */
    public record LandRequestedData(UUID projectId, String zone, String code, UUID parkId, BigDecimal areaMu,
            LandUse landUse, Instant requestedAt) {

        public static LandRequestedData of(Project project, Instant at) {
            return new LandRequestedData(project.id, project.zone, project.code, project.landParkId(), project.landMu,
                    project.landUse, at);
        }
    }
}
