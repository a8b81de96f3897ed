package io.zhaoshang.projects.project;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.value.ValidMoney;
import io.zhaoshang.platform.value.ValidUscc;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
        @Schema(description = "Industry in GB/T 4754: section letter, optionally with the 2-4 digit division, "
                + "group or class code.", examples = "C3841")
        @NotBlank @Pattern(regexp = "[A-T](\\d{2,4})?") String industryCode,
        @NotNull ChainRole chainRole,
        @Schema(description = "Park (园区) the project is to settle in, if chosen.")
        UUID parkId,
        @Schema(description = "Team that owns the project. Team members and leads may leave it out (their token's "
                + "`team`) but not name another; zone administrators and integrations must name it.",
                examples = "TEAM-A")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}") String ownerTeam,
        @Schema(description = "Total investment (总投资) agreed or intended.")
        @NotNull @ValidMoney Money totalInvestment,
        @Schema(description = "Whether the investor is foreign (外资).", examples = "false")
        @NotNull Boolean foreignInvestment,
        @Schema(description = "Land needed, in mu (亩, 666.67 m²): more than 0, at most 2 decimals.",
                examples = "120.5")
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal landMu,
        @Schema(description = "Jobs the project is expected to create.", examples = "800")
        @PositiveOrZero Integer expectedJobs) {
}
