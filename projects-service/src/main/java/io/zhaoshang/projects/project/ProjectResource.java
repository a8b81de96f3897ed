package io.zhaoshang.projects.project;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Idempotency;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageParams;
import io.zhaoshang.projects.statistics.LedgerExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects")
@Tag(name = "projects", description = "Investment projects 招商项目")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private final ProjectService projects;
    private final Idempotency idempotency;
    private final LedgerExport ledger;

    ProjectResource(ProjectService projects, Idempotency idempotency, LedgerExport ledger) {
        this.projects = projects;
        this.idempotency = idempotency;
        this.ledger = ledger;
    }

    @POST
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER, Roles.INTEGRATION})
    @Operation(operationId = "createProject", summary = "Create a project 新建项目",
            description = "The project starts NEGOTIATING (在谈) in the caller's zone, with the next code "
                    + "ZS-<year>-<sequence> and the tier its total investment earns. Team members and leads create "
                    + "for the `team` of their token; zone administrators and integrations name `ownerTeam`. "
                    + "Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {
                @Header(name = "ETag", description = "Version of the project.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Location", description = "Path of the new project.",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "403", description = "The role may not create projects (forbidden), or "
            + "ownerTeam is not the caller's team (team-not-yours, team-missing)")
    @APIResponse(responseCode = "422", description = "An administrator or integration left out ownerTeam "
            + "(owner-team-required), or the Idempotency-Key was used with another body (idempotency-key-reused)")
    public Response create(@Valid @NotNull ProjectRequest request,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "create-project", request, () -> {
            Project project = projects.create(request);
            return Response.created(URI.create("/api/v1/projects/" + project.id))
                    .tag(ETags.of(project.version))
                    .entity(ProjectView.of(project))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getProject", summary = "Read a project 查看项目",
            description = "Team members and leads read their own team's projects; other roles every project of "
                    + "their zone.")
    @APIResponse(responseCode = "200", description = "The project, with its version as ETag",
            headers = @Header(name = "ETag", description = "Version of the project.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "404", description = "No such project that the caller may see (not-found)")
    public Response get(@PathParam("id") UUID id) {
        Project project = projects.get(id);
        return Response.ok(ProjectView.of(project)).tag(ETags.of(project.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER, Roles.INTEGRATION})
    @Operation(operationId = "updateProject", summary = "Update a project 修改项目",
            description = "Replaces the editable fields (name, park and sub-park, amounts, land need, expected output, "
                    + "tax and jobs, commissioner 委派专员, responsible leader 包保领导, planned dates) with those given; "
                    + "a field left out is cleared. The code, stage (see stage-transitions), owner team, credit shares, "
                    + "company and industry are not changed here. The tier follows the total investment. Needs "
                    + "`If-Match` with the project's ETag. Counts as progress for the warnings.")
    @APIResponse(responseCode = "200", description = "The project after the update, with its new version as ETag",
            headers = @Header(name = "ETag", description = "Version of the project.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Malformed or invalid fields, e.g. a negative amount "
            + "(validation-failed with errors)")
    @APIResponse(responseCode = "403", description = "The role may not change projects (forbidden)")
    @APIResponse(responseCode = "404", description = "No such project that the caller may see (not-found)")
    @APIResponse(responseCode = "409", description = "The park or land need would change while parks holds the "
            + "land request or its land (land-request-open, member landStatus)")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the project changed since it was read.")
    @APIResponse(responseCode = "422", description = "A rule is broken: unknown-park, park-not-open, not-a-sub-park, "
            + "sub-park-without-park, fixed-asset-investment-exceeds-total, completion-before-start, "
            + "date-before-project (a planned date before the project was created)")
    @APIResponse(responseCode = "428", description = "`if-match-required`: no `If-Match` header.")
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The project's ETag as last read.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProjectUpdateRequest request) {
        Project project = projects.update(id, ifMatch, request);
        return Response.ok(ProjectView.of(project)).tag(ETags.of(project.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listProjects", summary = "List projects 项目列表",
            description = "The projects the caller may see, oldest first (by id), narrowed by the filters given. "
                    + "With `Accept: text/csv` the ledger (项目台账) instead: the same projects, all of them, as a CSV "
                    + "attachment (UTF-8 with a byte order mark, RFC 4180 quoting, a header row in Chinese, amounts in "
                    + "CNY yuan), streamed from the database so that a zone of any size comes in one download; "
                    + "limit and cursor do not apply to it.")
    @APIResponse(responseCode = "200", description = "One page of projects, or the ledger as CSV")
    @APIResponse(responseCode = "400", description = "A bad limit, cursor or filter value (invalid-limit, "
            + "invalid-cursor, invalid-enum-value with acceptedValues)")
    public Page<ProjectView> list(@BeanParam PageParams page,
            @Parameter(description = "Only projects in this stage.",
                    schema = @Schema(implementation = ProjectStage.class)) @QueryParam("stage") String stage,
            @Parameter(description = "Only projects of this tier.",
                    schema = @Schema(implementation = ProjectTier.class)) @QueryParam("tier") String tier,
            @Parameter(description = "Only projects owned by this team.") @QueryParam("ownerTeam") String ownerTeam) {
        return projects.list(page.request(), ProjectFilter.of(stage, tier, ownerTeam))
                .map(ProjectView::of);
    }

    @GET
    @Authenticated
    // the lower quality makes a client accepting anything (*/*) get the JSON list, not the export
    @Produces("text/csv;qs=0.5")
    // documented with listProjects (one path and method is one operation), its CSV by LedgerExportDocs
    @Operation(hidden = true)
    public Response exportLedger(@QueryParam("stage") String stage, @QueryParam("tier") String tier,
            @QueryParam("ownerTeam") String ownerTeam) {
        ProjectFilter filter = ProjectFilter.of(stage, tier, ownerTeam);
        return Response.ok(ledger.csv(filter.stage(), filter.tier(), filter.ownerTeam()), LedgerExport.TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"" + ledger.fileName() + "\"")
                .build();
    }
}
