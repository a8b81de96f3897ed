package io.zhaoshang.projects.stage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document a stage change rests on: kept by name and where to find it, not as a file. */
@Schema(name = "DocumentReference", description = "A document behind a stage change (批复、协议、许可证…).")
public record DocumentReference(
        @Schema(description = "What the document is.", examples = "建设工程规划许可证")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Where to find it: a file number, an archive id or a URL.", examples = "建字第370800202600123号")
        @NotBlank @Size(max = 500) String reference) {
}
