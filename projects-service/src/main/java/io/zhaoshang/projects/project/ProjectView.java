package io.zhaoshang.projects.project;

import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API shows it. */
@Schema(name = "Project")
public record ProjectView(
        UUID id,
        @Schema(description = "Short code people quote: ZS-<year>-<sequence>.", examples = "ZS-2026-000123")
        String code,
        @Schema(description = "Zone the project belongs to.", examples = "JN-HTZ")
        String zone,
        String name,
        String companyName,
        String companyUscc,
        String industryCode,
        ChainRole chainRole,
        UUID parkId,
        String ownerTeam,
        Money totalInvestment,
        boolean foreignInvestment,
        @Schema(description = "Land needed, in mu (亩).", examples = "120.50")
        BigDecimal landMu,
        Integer expectedJobs,
        ProjectStage stage,
        ProjectTier tier,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static ProjectView of(Project project) {
        return new ProjectView(project.id, project.code, project.zone, project.name, project.companyName,
                project.companyUscc, project.industryCode, project.chainRole, project.parkId, project.ownerTeam,
                project.totalInvestment(), project.foreignInvestment, project.landMu, project.expectedJobs,
                project.stage, project.tier, project.version, project.createdAt, project.createdBy,
                project.updatedAt, project.updatedBy);
    }
}
