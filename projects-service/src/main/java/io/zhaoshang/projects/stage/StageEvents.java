package io.zhaoshang.projects.stage;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.zhaoshang.platform.value.Money;
import io.zhaoshang.projects.project.ChainRole;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectStage;
import io.zhaoshang.projects.project.ProjectTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What a stage change publishes (contract: docs/events/zhaoshang.project.stage-changed.v1.schema.json). */
final class StageEvents {

    static final String AGGREGATE = "project";
    static final String STAGE_CHANGED = "zhaoshang.project.stage-changed.v1";

    private StageEvents() {
    }

    /**
     * The move and the project as it is after it: parks acts on {@code to} (land), scoring credits
     * the teams their shares of the amounts.
     */
    record StageChangedData(UUID projectId, String zone, String code, ProjectStage from, ProjectStage to,
            Instant changedAt, LocalDate effectiveDate, String reason, String changedBy, Money totalInvestment,
            @JsonSerialize(using = Money.DecimalString.class) BigDecimal totalInvestmentCny, Money signedAmount,
            @JsonSerialize(using = Money.DecimalString.class) BigDecimal signedAmountCny, AgreementType agreementType,
            ProjectTier tier, String ownerTeam, Map<String, Integer> teamShares, UUID parkId, UUID subParkId,
            String industryCode, ChainRole chainRole, boolean foreignInvestment, BigDecimal landMu, long version) {

        static StageChangedData of(Project project, StageChange change) {
            Money signed = project.signedAmount();
            return new StageChangedData(project.id, project.zone, project.code, change.from, change.to,
                    change.changedAt, change.effectiveDate, change.reason, change.changedBy, project.totalInvestment(),
                    project.totalInvestment().inCny(), signed, signed == null ? null : signed.inCny(),
                    project.agreementType, project.tier, project.ownerTeam, project.teamShares, project.parkId,
                    project.subParkId, project.industryCode, project.chainRole, project.foreignInvestment,
                    project.landMu, project.version);
        }
    }
}
