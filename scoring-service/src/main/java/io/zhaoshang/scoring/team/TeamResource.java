package io.zhaoshang.scoring.team;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Idempotency;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/teams")
@Tag(name = "teams", description = "Teams 招商队伍")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final TeamService teams;
    private final Idempotency idempotency;

    TeamResource(TeamService teams, Idempotency idempotency) {
        this.teams = teams;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "registerTeam", summary = "Register a team 登记招商队伍",
            description = "The team joins the zone of the caller's token, ACTIVE. The code is unique in the zone "
                    + "(409 `team-code-taken`). Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response register(@Valid @NotNull TeamRequest request,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "register-team", request, () -> {
            Team team = teams.register(request);
            return Response.created(URI.create("/api/v1/teams/" + team.id))
                    .tag(ETags.of(team.version))
                    .entity(TeamView.of(team))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getTeam", summary = "Read a team 查看招商队伍")
    @APIResponse(responseCode = "200", description = "The team, with its version as ETag",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response get(@PathParam("id") UUID id) {
        Team team = teams.get(id);
        return Response.ok(TeamView.of(team)).tag(ETags.of(team.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listTeams", summary = "List teams 招商队伍列表",
            description = "The teams of the caller's zone, oldest first. A filter value that is not one of the "
                    + "enum's is a 400 `invalid-enum-value` listing `acceptedValues`.")
    @APIResponse(responseCode = "200", description = "One page of teams")
    public Page<TeamView> list(
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Only teams of this kind.", schema = @Schema(implementation = TeamKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only teams with this status.", schema = @Schema(implementation = TeamStatus.class))
            @QueryParam("status") String status) {
        return teams.list(PageRequest.of(limit, cursor), TeamFilter.of(kind, status)).map(TeamView::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "changeTeam", summary = "Change a team 修改招商队伍",
            description = "Needs `If-Match` with the ETag last read; name and kind change, the code cannot "
                    + "and the status follows the rankings.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response change(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version the change is based on.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TeamRequest request) {
        Team team = teams.change(id, ifMatch, request);
        return Response.ok(TeamView.of(team)).tag(ETags.of(team.version)).build();
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "addTeamMember", summary = "Add a member 添加队员",
            description = "Adds a person, known by the subject of their tokens, to the team: a new version of the "
                    + "team and a `zhaoshang.team.changed.v1` event with the members. Needs `If-Match` with the "
                    + "team's ETag; 409 `team-member-exists` when the person is in the team already.")
    @APIResponse(responseCode = "201", description = "Added; the body is the team with its new version as ETag",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response addMember(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the team version the change is based on.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MemberRequest request) {
        Team team = teams.addMember(id, ifMatch, request);
        String subject = URLEncoder.encode(request.subject().strip(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.created(URI.create("/api/v1/teams/" + team.id + "/members/" + subject))
                .tag(ETags.of(team.version))
                .entity(TeamView.of(team))
                .build();
    }

    @DELETE
    @Path("/{id}/members/{subject}")
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "removeTeamMember", summary = "Remove a member 移除队员",
            description = "Removes a person from the team: a new version of the team and a "
                    + "`zhaoshang.team.changed.v1` event. Needs `If-Match` with the team's ETag.")
    @APIResponse(responseCode = "200", description = "Removed; the body is the team with its new version as ETag",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response removeMember(@PathParam("id") UUID id,
            @Parameter(description = "Subject of the member.") @PathParam("subject") String subject,
            @Parameter(description = "ETag of the team version the change is based on.", required = true)
            @HeaderParam("If-Match") String ifMatch) {
        Team team = teams.removeMember(id, subject, ifMatch);
        return Response.ok(TeamView.of(team)).tag(ETags.of(team.version)).build();
    }
}
