package io.zhaoshang.leads.lead;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.value.ValidMoney;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller states to report a lead, or the new state of one. The zone is the caller's own;
 * the owner team follows from who reports it (never the body).
 */
@Schema(name = "LeadRequest", description = "A lead to report (上报线索) or the new state of one.")
public record LeadRequest(
        @Schema(description = "The company of the zone's target client library (目标客户库) that intends to invest; "
                + "fixed once the lead exists.", required = true)
        @NotNull UUID companyId,
        @Schema(description = "What the company intends (线索标题).", examples = "新建年产5000吨生物医药中间体项目")
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "Industry, a code of the industry catalog that parks-service publishes.",
                examples = "SEI-04.01")
        @NotBlank @Size(max = 20) String industryCode,
        @NotNull ChainRole chainRole,
        @NotNull SourceChannel sourceChannel,
        @Schema(description = "Who or what brought the lead, in words (来源说明).", examples = "2026 济宁产业推介会")
        @Size(max = 500) String sourceDetail,
        @Schema(description = "Intended investment (意向投资额): not negative; a non-CNY amount carries cnyEquivalent.")
        @ValidMoney Money intendedInvestment,
        @Schema(description = "Land needed in mu (亩), more than 0, at most two decimals.", examples = "120.50")
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal landMu,
        @Schema(description = "Jobs the investment is expected to create (预计就业).", examples = "300")
        @PositiveOrZero Integer expectedJobs,
        @Schema(description = "Expected yearly output (预计年产值).")
        @ValidMoney Money expectedOutput,
        @Schema(description = "Expected yearly tax (预计年税收).")
        @ValidMoney Money expectedTax,
        @Schema(description = "The park the company should settle in (意向园区): a PLANNED or ACTIVE park of the zone.")
        UUID targetParkId) {
}
