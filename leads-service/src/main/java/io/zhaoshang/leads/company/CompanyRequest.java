package io.zhaoshang.leads.company;

import io.zhaoshang.platform.value.ValidUscc;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller states to register a company in the target client library, or to change one. The
 * zone is the caller's own, never part of the body.
 */
@Schema(name = "CompanyRequest", description = "A company to register or the new state of one. A company has a "
        + "USCC, or else (a foreign company) a country and a registration number.")
public record CompanyRequest(
        @Schema(description = "Registered name in Chinese (中文名称).", examples = "华为技术有限公司")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Unified social credit code (统一社会信用代码), 18 characters with a valid check "
                + "character; unique in the zone. Lower case is accepted and stored in upper case.",
                examples = "91440300708461136T")
        @ValidUscc String uscc,
        @Schema(description = "ISO 3166-1 alpha-2 code of the country of registration; required without a USCC.",
                examples = "DE")
        @Pattern(regexp = "[A-Z]{2}") String country,
        @Schema(description = "Number in the company register of its country; required without a USCC.",
                examples = "HRB 6684")
        @Size(max = 50) String registrationNumber,
        @Schema(description = "Labels of the company; duplicates are merged.")
        @Size(max = 20) List<@NotNull CompanyTag> tags,
        @Schema(description = "Industries by GB/T 4754-2017 code: a section letter, optionally with 2, 3 or 4 digits.",
                examples = "[\"C3914\", \"I65\"]")
        @Size(max = 20) List<@NotNull @Pattern(regexp = INDUSTRY_CODE) String> industryCodes,
        @Schema(description = "City of the headquarters.", examples = "深圳市")
        @Size(max = 100) String headquarters) {

    /** A GB/T 4754-2017 industry: section (A-T), division (2 digits), group (3), class (4). */
    static final String INDUSTRY_CODE = "[A-T]([0-9]{2}([0-9]{1,2})?)?";
}
