package io.zhaoshang.leads.lead;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of the JSON answer of listLeads, a {@code Page<LeadView>}, under the name it
 * has always had: the operation declares its content types itself (JSON and the CSV export), and a
 * declared content does not take its schema from the method's generic return type.
 */
@Schema(name = "PageLeadView")
record LeadPageSchema(
        @Schema(required = true, description = "The items of this page, in the list's stable order.")
        List<LeadView> items,
        @Schema(description = "Pass as ?cursor= to get the next page; absent on the last page.")
        String nextCursor) {
}
