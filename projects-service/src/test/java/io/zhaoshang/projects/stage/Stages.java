package io.zhaoshang.projects.stage;

import io.restassured.response.ValidatableResponse;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.project.Projects;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Projects to move and the moves, for stage tests. */
public final class Stages {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private Stages() {
    }

    /** A project of {@link Projects#TEAM} with a land need of 120.5 mu in a new open park of the zone. */
    public static String projectWithLand(String zone) {
        String parkId = EventTopics.registerPark(zone, null, "ACTIVE");
        return Projects.member(zone).body(Projects.bodyWith("年产10GWh动力电池项目", null, """
                {"amount": "1200000000", "currency": "CNY"}""", "\"parkId\": \"" + parkId + "\""))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    static long version(String zone, String id) {
        return Long.parseLong(Projects.member(zone).get("/api/v1/projects/{id}", id).then().statusCode(200)
                .extract().header("ETag").replace("\"", ""));
    }

    /** Posts the move with the project's current version as If-Match. */
    public static ValidatableResponse move(String zone, String id, String body) {
        return Projects.member(zone).header("If-Match", "\"" + version(zone, id) + "\"").body(body)
                .post("/api/v1/projects/{id}/stage-transitions", id).then();
    }

    /**
     * Reports every milestone of the project gating {@code stage} and not yet passed (DONE or waived) DONE
     * today, in template order (so each one's predecessors are passed before it), through the API as its
     * owner team would.
     */
    public static void passMilestones(String zone, String id, String stage) {
        passMilestones(zone, id, stage, TODAY);
    }

    /** As {@link #passMilestones(String, String, String)}, DONE on {@code date}. */
    public static void passMilestones(String zone, String id, String stage, LocalDate date) {
        List<Map<String, Object>> milestones = Projects.member(zone).get("/api/v1/projects/{id}/milestones", id)
                .then().statusCode(200).extract().path("items");
        for (Map<String, Object> milestone : milestones) {
            if (stage.equals(milestone.get("gates")) && List.of("PENDING", "IN_PROGRESS", "BLOCKED").contains(milestone.get("status"))) {
                Projects.member(zone).header("If-Match", "\"" + milestone.get("version") + "\"")
                        .body("{\"status\": \"DONE\", \"date\": \"%s\"}".formatted(date))
                        .post("/api/v1/projects/{id}/milestones/{mid}/progress", id, milestone.get("id"))
                        .then().statusCode(200);
            }
        }
    }

    public static String to(String stage) {
        return "{\"to\": \"%s\", \"date\": \"%s\"}".formatted(stage, TODAY);
    }

    public static String signing() {
        return """
                {"to": "SIGNED", "date": "%s", "reason": "签约仪式",
                 "documents": [{"name": "投资协议", "reference": "JNGX-2026-031"}],
                 "agreement": {"type": "INVESTMENT", "number": "JNGX-2026-031", "date": "%s",
                               "signedAmount": {"amount": "1150000000", "currency": "CNY"}}}
                """.formatted(TODAY, TODAY);
    }
}
