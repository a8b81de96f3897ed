package io.zhaoshang.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One broken rule of a request: which field, a machine code, and a message in the caller's language. */
@Schema(name = "FieldError", description = "One invalid field of the request.")
public record FieldError(
        @Schema(required = true, description = "JSON path of the field in the request body, or the parameter name.",
                example = "company.uscc")
        String field,
        @Schema(required = true, description = "What is wrong: the constraint (NotNull, Size, Pattern, Uscc, Money...) "
                + "or a problem code (unknown-field, invalid-field-type, invalid-enum-value).", example = "Uscc")
        String code,
        @Schema(required = true, description = "Human-readable message in the language of Accept-Language.",
                example = "is not a valid unified social credit code")
        String message) {
}
