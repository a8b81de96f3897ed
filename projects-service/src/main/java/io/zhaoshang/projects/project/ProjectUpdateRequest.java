package io.zhaoshang.projects.project;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.value.ValidMoney;
import io.zhaoshang.projects.land.LandUse;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields of a project its team may change as it learns more. Not the code, the stage (moves have their
 * own endpoint), the owner team and credit shares (settled when the project was created or a collision was
 * adjudicated), the company or the industry (they make it this project).
 */
@Schema(name = "ProjectUpdateRequest", description = "The editable fields of a project, all of them: a field left "
        + "out or null is cleared (name and totalInvestment are required). The tier follows from totalInvestment.")
public record ProjectUpdateRequest(
        @Schema(description = "Name of the project.", examples = "年产10GWh动力电池项目")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Park (园区) the project is to settle in: an open park of the zone. It and the land "
                + "need cannot change while land is requested, reserved or allocated.")
        UUID parkId,
        @Schema(description = "Sub-park (园中园) of parkId, if any: an open park whose parent is parkId.")
        UUID subParkId,
        @Schema(description = "Total investment (总投资) agreed or intended.")
        @NotNull @ValidMoney Money totalInvestment,
        @Schema(description = "Fixed-asset investment (固定资产投资), at most the total investment.")
        @ValidMoney Money fixedAssetInvestment,
        @Schema(description = "Land needed, in mu (亩): more than 0, at most 2 decimals.", examples = "120.5")
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal landMu,
        @Schema(description = "Use of the land needed; INDUSTRIAL when a land need is given without it.")
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
        @Schema(description = "Planned start of construction (计划开工日期), not before the project was created.",
                examples = "2026-09-01")
        LocalDate plannedStartDate,
        @Schema(description = "Planned completion (计划竣工日期), not before the planned start nor the project's "
                + "creation.", examples = "2028-06-30")
        LocalDate plannedCompletionDate) {
}
