package io.zhaoshang.projects.statistics;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds the CSV ledger to the documented answer of {@code GET /api/v1/projects}: the export is the
 * same operation under another media type, and an annotation naming both media types would lose the
 * JSON page's schema, which the scanner derives from the list method's return type.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class LedgerExportDocs implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (!"listProjects".equals(operation.getOperationId()) || operation.getResponses() == null
                || !operation.getResponses().hasAPIResponse("200")) {
            return operation;
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        if (ok.getContent() == null) {
            ok.setContent(OASFactory.createContent());
        }
        ok.getContent().addMediaType(LedgerExport.TEXT_CSV, OASFactory.createMediaType().schema(text));
        ok.addHeader("Content-Disposition", OASFactory.createHeader()
                .description("With text/csv: attachment; filename=\"ledger-<zone>-<day>.csv\"")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        return operation;
    }
}
