package io.zhaoshang.projects.stage;

import io.restassured.response.ValidatableResponse;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.project.Projects;
import java.time.LocalDate;
import java.time.ZoneId;

/** Projects to move and the moves, for stage tests. */
final class Stages {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private Stages() {
    }

    /** A project of {@link Projects#TEAM} with a land need of 120.5 mu in a new open park of the zone. */
    static String projectWithLand(String zone) {
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
    static ValidatableResponse move(String zone, String id, String body) {
        return Projects.member(zone).header("If-Match", "\"" + version(zone, id) + "\"").body(body)
                .post("/api/v1/projects/{id}/stage-transitions", id).then();
    }

    static String to(String stage) {
        return "{\"to\": \"%s\", \"date\": \"%s\"}".formatted(stage, TODAY);
    }

    static String signing() {
        return """
                {"to": "SIGNED", "date": "%s", "reason": "签约仪式",
                 "documents": [{"name": "投资协议", "reference": "JNGX-2026-031"}],
                 "agreement": {"type": "INVESTMENT", "number": "JNGX-2026-031", "date": "%s",
                               "signedAmount": {"amount": "1150000000", "currency": "CNY"}}}
                """.formatted(TODAY, TODAY);
    }
}
