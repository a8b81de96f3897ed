package io.zhaoshang.parks.zone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a zone administrator states to register a zone, or to change it (the code never changes). */
@Schema(name = "ZoneRequest", description = "A zone to register or the new state of one.")
public record ZoneRequest(
        @Schema(description = "Short code of the zone, the `zone` claim of its users' tokens.", examples = "JN-HTZ")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}") String code,
        @Schema(description = "Official name.", examples = "济宁高新技术产业开发区")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "City the zone lies in.", examples = "济宁市")
        @NotBlank @Size(max = 50) String city,
        @Schema(description = "IANA time zone for period boundaries; default Asia/Shanghai.", examples = "Asia/Shanghai")
        @Size(max = 50) String timeZone,
        @NotNull ZoneLevel level) {
}
