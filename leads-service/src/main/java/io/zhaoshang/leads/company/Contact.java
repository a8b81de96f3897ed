package io.zhaoshang.leads.company;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person to talk to at a company (联系人). */
@Schema(name = "CompanyContact", description = "A person to talk to at the company (联系人).")
public record Contact(
        @Schema(description = "Name of the person.", examples = "张伟")
        @NotBlank @Size(max = 50) String name,
        @Schema(description = "Position at the company (职务).", examples = "投资发展部总经理")
        @Size(max = 50) String title,
        @Schema(description = "Phone: digits, optionally a leading + and spaces, hyphens or brackets.",
                examples = "+86 531 8888 6666")
        @Pattern(regexp = PHONE) String phone,
        @Schema(description = "E-mail address.", examples = "zhang.wei@example.com")
        @Email @Size(max = 254) String email) {

    /** A mobile (13800138000), a landline with its area code (0537-2345678) or an international number. */
    static final String PHONE = "\\+?[0-9][0-9 ()-]{3,22}[0-9]";

    /** The same contact with surrounding spaces dropped and blank optional fields as null. */
    Contact tidy() {
        return new Contact(name.strip(), blankToNull(title), blankToNull(phone), blankToNull(email));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
