package io.zhaoshang.leads.company;

import io.zhaoshang.platform.value.ValidUscc;
import jakarta.validation.Valid;
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
        @Schema(description = "Industries by code of the industry catalog that parks-service publishes "
                + "(GET /api/v1/industries of parks-service); duplicates are merged.",
                examples = "[\"SEI-01.01\", \"SEI-01.03\"]")
        @Size(max = 20) List<@NotNull @Size(max = 20) String> industryCodes,
        @Schema(description = "City of the headquarters (总部所在地).", examples = "深圳市")
        @Size(max = 100) String headquarters,
        @Schema(description = "Other names the company is known by (简称, former or English names); duplicates and "
                + "the name itself are dropped. Search finds a company by any of them.",
                examples = "[\"华为\", \"Huawei Technologies Co., Ltd.\"]")
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> aliases,
        @Schema(description = "People to talk to, in the order given.")
        @Size(max = 20) List<@NotNull @Valid Contact> contacts) {
}
