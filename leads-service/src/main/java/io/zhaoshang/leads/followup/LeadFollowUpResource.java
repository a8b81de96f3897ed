package io.zhaoshang.leads.followup;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-ups of one lead, under the lead's path. */
@Path("/api/v1/leads")
@Tag(name = "follow-ups", description = "Follow-up records 跟进记录")
@Produces(MediaType.APPLICATION_JSON)
public class LeadFollowUpResource {

    private final FollowUpService followUps;

    LeadFollowUpResource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    @Path("/{id}/follow-ups")
    @Authenticated
    @Operation(operationId = "listLeadFollowUps", summary = "List the follow-ups of a lead 线索跟进记录",
            description = "Oldest first, including those logged while another team held the lead.")
    @APIResponse(responseCode = "200", description = "One page of follow-ups")
    @APIResponse(responseCode = "400", description = "`invalid-limit`, `invalid-cursor`.")
    @APIResponse(responseCode = "404", description = "`not-found`: no such lead the caller may see.")
    public Page<FollowUpView> list(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return followUps.ofLead(id, page.request()).map(FollowUpView::of);
    }
}
