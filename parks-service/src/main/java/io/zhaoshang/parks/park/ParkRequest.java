package io.zhaoshang.parks.park;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a park or zone administrator states to register a park of their zone, or to change it (the code never changes). */
@Schema(name = "ParkRequest", description = "A park to register in the caller's zone, or the new state of one.")
public record ParkRequest(
        @Schema(description = "Short code of the park, unique in the zone.", examples = "JN-BIO")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}") String code,
        @Schema(description = "Name of the park.", examples = "济宁生物医药产业园")
        @NotBlank @Size(max = 100) String name,
        @NotNull ParkKind kind,
        @Schema(description = "The park this one lies in (园中园), a park of the same zone. Parks nest at most three "
                + "levels deep; absent for a park directly in the zone.")
        UUID parentId,
        @NotNull SettableParkStatus status,
        @Schema(description = "The park's own area in mu (亩, 666.67 m²), not counting its sub-parks: more than 0, "
                + "at most 2 decimals.", examples = "3200.5")
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal areaMu,
        @Schema(description = "Leading industries (主导产业): codes of the industry catalog (GET /api/v1/industries), "
                + "most important first; a code listed twice counts once.", examples = "[\"SEI-04.01\", \"SEI-04.02\"]")
        @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 20) String> leadingIndustries,
        @Schema(description = "Postal address.", examples = "山东省济宁市高新区海川路9号")
        @Size(max = 200) String address) {
}
