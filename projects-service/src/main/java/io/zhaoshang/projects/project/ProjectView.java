package io.zhaoshang.projects.project;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.projects.land.LandParcel;
import io.zhaoshang.projects.land.LandStatus;
import io.zhaoshang.projects.land.LandUse;
import io.zhaoshang.projects.land.ProjectLand;
import io.zhaoshang.projects.stage.AgreementType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        @Schema(description = "Code of the industry catalog.", examples = "SEI-04.01")
        String industryCode,
        ChainRole chainRole,
        UUID parkId,
        UUID subParkId,
        String ownerTeam,
        @Schema(description = "Credit shares: team code to whole percent, adding up to 100.",
                examples = "{\"TEAM-A\": 100}")
        Map<String, Integer> teamShares,
        Money totalInvestment,
        Money fixedAssetInvestment,
        boolean foreignInvestment,
        @Schema(description = "Land needed, in mu (亩).", examples = "120.50")
        BigDecimal landMu,
        LandUse landUse,
        Money expectedAnnualOutput,
        Money expectedAnnualTax,
        Integer expectedJobs,
        @Schema(description = "委派专员.") String commissioner,
        @Schema(description = "包保领导.") String responsibleLeader,
        LocalDate plannedStartDate,
        LocalDate plannedCompletionDate,
        ProjectStage stage,
        @Schema(description = "Day the project entered its stage, in the zone.") LocalDate stageSince,
        @Schema(description = "While ON_HOLD: the stage it resumes to.") ProjectStage stageBeforeHold,
        ProjectTier tier,
        @Schema(description = "The agreement of the signing (签约); null before.") Agreement agreement,
        @Schema(description = "The project's land, as parks answered its request.") Land land,
        @Schema(description = "Capital arrived so far (到资), in CNY: the sum of the capital arrivals; compare with "
                + "the agreement's signedAmount.") Money capitalArrived,
        @Schema(description = "The lead (线索) the project was converted from; null for one created directly.")
        UUID leadId,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static ProjectView of(Project project) {
        return new ProjectView(project.id, project.code, project.zone, project.name, project.companyName,
                project.companyUscc, project.industryCode, project.chainRole, project.parkId, project.subParkId,
                project.ownerTeam, project.teamShares, project.totalInvestment(), project.fixedAssetInvestment(),
                project.foreignInvestment, project.landMu, project.landUse, project.expectedAnnualOutput(),
                project.expectedAnnualTax(), project.expectedJobs, project.commissioner, project.responsibleLeader,
                project.plannedStartDate, project.plannedCompletionDate, project.stage, project.stageSince,
                project.stageBeforeHold, project.tier, Agreement.of(project), Land.of(project.land),
                project.capitalArrived(), project.leadId, project.version, project.createdAt, project.createdBy, project.updatedAt, project.updatedBy);
    }

    @Schema(name = "SignedAgreement")
    public record Agreement(AgreementType type, String number, LocalDate date, Money signedAmount) {

        static Agreement of(Project project) {
            return project.agreementType == null ? null : new Agreement(project.agreementType,
                    project.agreementNumber, project.agreementDate, project.signedAmount());
        }
    }

    @Schema(name = "ProjectLand")
    public record Land(
            LandStatus status,
            @Schema(description = "When the project asked parks for land.") Instant requestedAt,
            @Schema(description = "Parks' reservation (GET /api/v1/land-reservations/{id} of parks-service).")
            UUID reservationId,
            List<LandParcel> parcels,
            @Schema(description = "Until when parks holds the parcels (RESERVED).") Instant reservedUntil,
            @Schema(description = "Why parks rejected the request or released the land, in parks' code "
                    + "(NO_PARCEL_FITS, UNKNOWN_PARK, PARK_NOT_OPEN, ZONE_NOT_REGISTERED; RELEASED_BY_PARK, "
                    + "PROJECT_ABANDONED, EXPIRED).") String reason,
            @Schema(description = "When the status last changed.") Instant statusAt,
            @Schema(description = "The waiver that lets construction start without reserved land, if any.")
            Waiver waiver) {

        static Land of(ProjectLand land) {
            Waiver waiver = land.waiverReason == null ? null
                    : new Waiver(land.waiverReason, land.waiverBy, land.waiverAt);
            return new Land(land.status, land.requestedAt, land.reservationId, land.parcels, land.reservedUntil,
                    land.answerReason, land.statusAt, waiver);
        }
    }

    @Schema(name = "LandWaiverRecord")
    public record Waiver(String reason, String by, Instant at) {
    }
}
