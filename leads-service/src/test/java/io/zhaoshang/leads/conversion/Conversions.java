package io.zhaoshang.leads.conversion;

import io.zhaoshang.leads.lead.LeadTestData;

/** Leads brought to ASSESSED, ready to convert. */
final class Conversions {

    private Conversions() {
    }

    /** A lead of the company held by the team, moved NEW → CONTACTED → ASSESSED (version 2). */
    static String assessedLead(String zone, String team, String companyId) {
        String lead = LeadTestData.member(zone, team).body(LeadTestData.body(companyId)).post("/api/v1/leads")
                .then().statusCode(201).extract().path("id");
        assess(zone, team, lead);
        return lead;
    }

    static void assess(String zone, String team, String lead) {
        LeadTestData.member(zone, team).header("If-Match", "\"0\"").body("{\"status\": \"CONTACTED\"}")
                .post("/api/v1/leads/{id}/status-changes", lead).then().statusCode(200);
        LeadTestData.member(zone, team).header("If-Match", "\"1\"").body("{\"status\": \"ASSESSED\"}")
                .post("/api/v1/leads/{id}/status-changes", lead).then().statusCode(200);
    }
}
