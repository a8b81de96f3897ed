package io.zhaoshang.projects.project;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.value.ValidMoney;
import io.zhaoshang.platform.value.ValidUscc;
import io.zhaoshang.projects.land.LandUse;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a team or the zone administration states to create a project; its stage and tier are not theirs to set. */
@Schema(name = "ProjectRequest", description = "A project to create. It starts NEGOTIATING; its tier follows from "
        + "totalInvestment.")
public record ProjectRequest(
        @Schema(description = "Name of the project.", examples = "年产10GWh动力电池项目")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Name of the investing company.", examples = "济宁新能源科技有限公司")
        @NotBlank @Size(max = 200) String companyName,
        @Schema(description = "Unified social credit code of the company; foreign companies have none.",
                examples = "91370800MA3C5U1X26")
        @ValidUscc String companyUscc,
        @Schema(description = "Industry: a code of the industry catalog parks-service publishes (GET /api/v1/industries "
                + "of parks-service), e.g. SEI-04.01 生物医药产业.", examples = "SEI-04.01")
        @NotBlank @Size(max = 32) String industryCode,
        @NotNull ChainRole chainRole,
        @Schema(description = "Park (园区) the project is to settle in, if chosen: an open park of the zone.")
        UUID parkId,
        @Schema(description = "Sub-park (园中园) of parkId the project is to settle in, if any: an open park whose "
                + "parent is parkId.")
        UUID subParkId,
        @Schema(description = "Team that owns the project. Team members and leads may leave it out (their token's "
                + "`team`) but not name another; zone administrators and integrations must name it.",
                examples = "TEAM-A")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}") String ownerTeam,
        @Schema(description = "Credit shares (业绩分成): team code to whole percent (1-100), adding up to 100, the owner "
                + "team among them. Left out: 100 for the owner team.", examples = "{\"TEAM-A\": 70, \"TEAM-B\": 30}")
        Map<String, Integer> teamShares,
        @Schema(description = "Total investment (总投资) agreed or intended.")
        @NotNull @ValidMoney Money totalInvestment,
        @Schema(description = "Fixed-asset investment (固定资产投资), at most the total investment.")
        @ValidMoney Money fixedAssetInvestment,
        @Schema(description = "Whether the investor is foreign (外资).", examples = "false")
        @NotNull Boolean foreignInvestment,
        @Schema(description = "Land needed, in mu (亩, 666.67 m²): more than 0, at most 2 decimals. A project with a "
                + "land need asks parks for it on entering APPROVING.", examples = "120.5")
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal landMu,
        @Schema(description = "Use of the land needed; INDUSTRIAL when left out.")
        LandUse landUse,
        @Schema(description = "Expected annual output (预计年产值).")
        @ValidMoney Money expectedAnnualOutput,
        @Schema(description = "Expected annual tax (预计年税收).")
        @ValidMoney Money expectedAnnualTax,
        @Schema(description = "Jobs the project is expected to create.", examples = "800")
        @PositiveOrZero Integer expectedJobs,
        @Schema(description = "Commissioner (委派专员) who serves the project.", examples = "王海")
        @Size(max = 100) String commissioner,
        @Schema(description = "Responsible leader (包保领导) of the project.", examples = "李明")
        @Size(max = 100) String responsibleLeader,
        @Schema(description = "Planned start of construction (计划开工日期).", examples = "2026-09-01")
        LocalDate plannedStartDate,
        @Schema(description = "Planned completion (计划竣工日期), not before the planned start.", examples = "2028-06-30")
        LocalDate plannedCompletionDate) {
}
