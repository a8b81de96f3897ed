package io.zhaoshang.parks.industry;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.web.ETags;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The industry catalog is reference data: small, the same for every zone, read whole rather than paged. */
@Path("/api/v1/industries")
@Tag(name = "industries", description = "Industry catalog 产业目录")
@Produces(MediaType.APPLICATION_JSON)
public class IndustryResource {

    private final IndustryCatalogService catalogs;

    IndustryResource(IndustryCatalogService catalogs) {
        this.catalogs = catalogs;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listIndustries", summary = "Industry catalog 产业目录",
            description = "The whole catalog as a tree: the nine strategic emerging industries of 战略性新兴产业分类"
                    + "(2018) (SEI-01 to SEI-09) and the traditional sectors (TRD-..), with their sub-categories. "
                    + "With `parent`, only the branch below that code. Not paged: the catalog is a bounded "
                    + "reference list.")
    @APIResponse(responseCode = "200", description = "The catalog, with its version as ETag",
            headers = @Header(name = "ETag", description = "Version of the catalog.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = IndustryCatalogView.class)))
    @APIResponse(responseCode = "400", description = "The parent is not a code of the catalog (unknown-industry)")
    public Response list(
            @Parameter(description = "Only the sub-categories of this industry code.", example = "SEI-04")
            @QueryParam("parent") String parent) {
        IndustryCatalog catalog = catalogs.current();
        String under = parent == null || parent.isBlank() ? null : parent.strip();
        if (under != null) {
            catalog.require(under, "parent");
        }
        IndustryCatalogView view = new IndustryCatalogView(catalog.version(),
                catalog.children(under).stream().map(entry -> IndustryView.of(entry, catalog)).toList());
        return Response.ok(view).tag(ETags.of(catalog.version())).build();
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(operationId = "getIndustry", summary = "Read an industry 查看产业",
            description = "One industry code with its names and its sub-categories.")
    @APIResponse(responseCode = "200", description = "The industry, with the catalog version as ETag",
            headers = @Header(name = "ETag", description = "Version of the catalog.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = IndustryView.class)))
    @APIResponse(responseCode = "404", description = "No such industry code in the catalog (not-found)")
    public Response get(@Parameter(description = "Industry code.", example = "SEI-04.01") @PathParam("code") String code) {
        IndustryCatalog catalog = catalogs.current();
        IndustryEntry entry = catalog.find(code).orElseThrow(() -> ProblemException.notFound("industry", code));
        return Response.ok(IndustryView.of(entry, catalog)).tag(ETags.of(catalog.version())).build();
    }
}
