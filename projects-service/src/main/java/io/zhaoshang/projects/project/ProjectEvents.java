package io.zhaoshang.projects.project;

import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** The events a project publishes (contract: docs/events/). */
final class ProjectEvents {

    static final String AGGREGATE = "project";
    static final String CREATED = "zhaoshang.project.created.v1";

    private ProjectEvents() {
    }

    /** The project as leads and scoring keep it: who owns it, how big it is, where it stands. */
    record ProjectData(UUID projectId, String zone, String code, String name, String companyName, String companyUscc,
            String industryCode, ChainRole chainRole, UUID parkId, UUID subParkId, String ownerTeam,
            Map<String, Integer> teamShares, Money totalInvestment, boolean foreignInvestment, BigDecimal landMu,
            Integer expectedJobs, ProjectStage stage, ProjectTier tier, UUID leadId, long version) {

        static ProjectData of(Project project) {
            return new ProjectData(project.id, project.zone, project.code, project.name, project.companyName,
                    project.companyUscc, project.industryCode, project.chainRole, project.parkId, project.subParkId,
                    project.ownerTeam, project.teamShares, project.totalInvestment(), project.foreignInvestment,
                    project.landMu, project.expectedJobs, project.stage, project.tier, project.leadId, project.version);
        }
    }
}
