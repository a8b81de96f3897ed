package io.zhaoshang.leads.leadimport;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.problem.ProblemTexts;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.Idempotency;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageParams;
import io.zhaoshang.platform.web.PageRequest;
import io.zhaoshang.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/lead-imports")
@Tag(name = "lead-imports", description = "Lead imports 线索批量导入")
@Produces(MediaType.APPLICATION_JSON)
public class LeadImportResource {

    public static final String TEXT_CSV = "text/csv";
    private static final int DOWNLOAD_PAGE = 1000;

    private final LeadImportService imports;
    private final ImportStore store;

    LeadImportResource(LeadImportService imports, ImportStore store) {
        this.imports = imports;
        this.store = store;
    }

    @POST
    @Consumes(TEXT_CSV)
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.INTEGRATION})
    @Operation(operationId = "importLeads", summary = "Import leads from CSV 批量导入线索",
            description = "A CSV file (UTF-8, a byte order mark allowed; RFC 4180, one record a line) with the header "
                    + "`company,title,industryCode,chainRole,sourceChannel,sourceDetail,intendedInvestmentCny,landMu,"
                    + "expectedJobs,expectedOutputCny,expectedTaxCny,targetParkId` (any order) and up to 50,000 rows "
                    + "(64 MiB; every other endpoint takes 256 KiB). `company` is the company's id or USCC. The file "
                    + "is checked whole first (encoding, header, row count): a wrong file creates nothing. Then every "
                    + "row is reported as POST /leads would (the caller's team; collisions found by USCC, else by "
                    + "normalised name, also between two rows of the file) and ends CREATED (a `lead.registered` "
                    + "event), COLLISION (recorded as POST /leads records it) or REJECTED with its reason; a row with "
                    + "an unclosed quote is rejected alone. Rows are imported in chunks of 500, each chunk with its "
                    + "row results in one transaction. Synchronous: the answer is the finished job. Honours "
                    + "`Idempotency-Key` (the same file again answers the first job and creates nothing).")
    @APIResponse(responseCode = "201", description = "The finished import",
            content = @Content(schema = @Schema(implementation = LeadImportView.class)))
    @APIResponse(responseCode = "400", description = "`invalid-idempotency-key`.")
    @APIResponse(responseCode = "403", description = "`team-missing`.")
    @APIResponse(responseCode = "413", description = "`import-too-many-rows` (member `maxRows`): more than 50,000 "
            + "rows; `payload-too-large`: more than 64 MiB.")
    @APIResponse(responseCode = "415", description = "`import-not-utf8`: the file is not UTF-8 (GBK, say); "
            + "`import-charset-unsupported`: a charset other than UTF-8 declared.")
    @APIResponse(responseCode = "422", description = "`import-header-invalid` (members `expectedColumns`, `columns`): "
            + "the first line does not name the columns of an import; `unknown-team`; `idempotency-key-reused` "
            + "(another file).")
    @APIResponse(responseCode = "503", description = "`industry-catalog-unavailable`.")
    public Response importCsv(InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Repeat an import safely: the same key and file answer the first job.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String charset = contentType == null ? null : MediaType.valueOf(contentType).getParameters().get("charset");
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new ProblemException(415, "import-charset-unsupported", charset);
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > Idempotency.MAX_KEY_LENGTH)) {
            throw ProblemException.badRequest("invalid-idempotency-key", Idempotency.MAX_KEY_LENGTH);
        }
        ImportStore.Opened opened = imports.importCsv(body, idempotencyKey, ProblemTexts.locale(acceptLanguage));
        Response.ResponseBuilder response = Response.created(URI.create("/api/v1/lead-imports/" + opened.job().id))
                .entity(LeadImportView.of(opened.job()));
        if (opened.replayed()) {
            response.header(Idempotency.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getLeadImport", summary = "Read an import 查看导入结果",
            description = "The importer and the zone administration see an import.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = LeadImportView.class)))
    @APIResponse(responseCode = "404", description = "`not-found`.")
    public LeadImportView get(@PathParam("id") UUID id) {
        return LeadImportView.of(imports.get(id));
    }

    @GET
    @Path("/{id}/rows")
    @Authenticated
    @Operation(operationId = "listLeadImportRows", summary = "Row results of an import 导入明细",
            description = "In row order, optionally only those of one outcome.")
    @APIResponse(responseCode = "200", description = "One page of row results")
    @APIResponse(responseCode = "400", description = "`invalid-limit`, `invalid-cursor`, `invalid-enum-value`.")
    @APIResponse(responseCode = "404", description = "`not-found`.")
    public Page<ImportRowView> rows(@PathParam("id") UUID id, @BeanParam PageParams page,
            @Parameter(description = "Only rows of this outcome.", schema = @Schema(implementation = RowOutcome.class))
            @QueryParam("outcome") String outcome) {
        LeadImport job = imports.get(id);
        Optional<RowOutcome> only = QueryParams.enumValue(RowOutcome.class, "outcome", outcome);
        PageRequest request = page.request();
        int after = request.cursor().map(cursor -> (int) cursor.keyAsLong()).orElse(0);
        List<ImportRow> rows = store.rows(job.id, only, after, request.fetchSize());
        return Page.of(rows, request, row -> Cursor.of(row.rowNumber, job.id)).map(ImportRowView::of);
    }

    @GET
    @Path("/{id}/rows.csv")
    @Produces(TEXT_CSV)
    @Authenticated
    @Operation(operationId = "downloadLeadImportRows", summary = "Download the row results 下载导入明细",
            description = "Every row result as CSV (UTF-8 with a byte order mark, for Excel), streamed.")
    @APIResponse(responseCode = "200", description = "The row results",
            content = @Content(mediaType = TEXT_CSV))
    @APIResponse(responseCode = "404", description = "`not-found`.")
    public Response download(@PathParam("id") UUID id) {
        LeadImport job = imports.get(id);
        StreamingOutput csv = out -> {
            CSVPrinter printer = LeadCsv.printer(out);
            printer.printRecord(ImportRowView.COLUMNS);
            int after = 0;
            for (List<ImportRow> page; !(page = store.rows(job.id, Optional.empty(), after, DOWNLOAD_PAGE)).isEmpty(); ) {
                for (ImportRow row : page) {
                    printer.printRecord(ImportRowView.of(row).values());
                }
                after = page.get(page.size() - 1).rowNumber;
            }
            printer.flush();
        };
        return Response.ok(csv, TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"lead-import-" + job.id + ".csv\"").build();
    }
}
