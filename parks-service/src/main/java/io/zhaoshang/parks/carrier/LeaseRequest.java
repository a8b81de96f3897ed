package io.zhaoshang.parks.carrier;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Space of a carrier to lease to a project. */
@Schema(name = "LeaseRequest", description = "Space of the carrier to lease to a project; it must fit into the vacant area.")
public record LeaseRequest(
        @Schema(description = "The project (projects-service) the space is leased to.")
        @NotNull UUID projectId,
        @Schema(description = "Leased area in m²: more than 0, at most 2 decimals, at most the vacant area.",
                examples = "1500.25")
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal areaSqm,
        @Schema(description = "First day of the lease.", examples = "2026-04-01")
        @NotNull LocalDate from) {
}
