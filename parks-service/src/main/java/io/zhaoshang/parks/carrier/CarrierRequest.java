package io.zhaoshang.parks.carrier;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.value.ValidMoney;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a park or zone administrator states to register a carrier of their zone, or to change it (the code never changes). */
@Schema(name = "CarrierRequest", description = "A carrier to register in a park of the caller's zone, or the new state of one.")
public record CarrierRequest(
        @Schema(description = "Short code of the carrier, unique in the zone.", examples = "JN-BIO-F3")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}") String code,
        @Schema(description = "Name of the carrier.", examples = "生物医药产业园3号标准厂房")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "The park the carrier stands in, a park of the caller's zone.")
        @NotNull UUID parkId,
        @NotNull CarrierKind kind,
        @Schema(description = "Floor area in m²: more than 0, at most 2 decimals; never less than the area leased.",
                examples = "12000.5")
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal floorAreaSqm,
        @Schema(description = "Monthly rent per m², if the park states one.")
        @ValidMoney Money monthlyRentPerSqm,
        @Schema(description = "First day the space can be moved into, if known.", examples = "2026-03-01")
        LocalDate availableFrom) {
}
