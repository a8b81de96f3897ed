package io.zhaoshang.projects.stage;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.value.ValidMoney;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The agreement a project is signed on (签约). */
@Schema(name = "Agreement", description = "The agreement of a signing: required to enter SIGNED.")
public record AgreementRequest(
        @Schema(required = true) @NotNull AgreementType type,
        @Schema(description = "Number of the agreement (协议编号).", examples = "JNGX-2026-031")
        @NotBlank @Size(max = 100) String number,
        @Schema(description = "Day it was signed: not in the future, not before the project existed.",
                examples = "2026-05-18")
        @NotNull LocalDate date,
        @Schema(description = "Amount signed (签约金额).")
        @NotNull @ValidMoney Money signedAmount) {
}
