package io.zhaoshang.projects.milestone;

import io.restassured.response.ValidatableResponse;
import io.zhaoshang.projects.project.Projects;
import io.zhaoshang.projects.stage.Stages;
import java.util.List;
import java.util.Map;

/** Projects with milestones and progress reports, for milestone tests. */
final class Milestones {

    private Milestones() {
    }

    /** A MAJOR project with a land need, moved to APPROVING: it has the START-OF-CONSTRUCTION milestones. */
    static String approvingProject(String zone) {
        String id = Stages.projectWithLand(zone);
        Stages.move(zone, id, Stages.signing()).statusCode(200);
        Stages.move(zone, id, Stages.to("APPROVING")).statusCode(200);
        return id;
    }

    static List<Map<String, Object>> list(String zone, String id) {
        return Projects.member(zone).get("/api/v1/projects/{id}/milestones", id).then().statusCode(200)
                .extract().path("items");
    }

    static Map<String, Object> byKey(String zone, String id, String key) {
        return list(zone, id).stream().filter(milestone -> key.equals(milestone.get("key"))).findFirst().orElseThrow();
    }

    /** Posts progress of the milestone {@code key} with its current version as If-Match. */
    static ValidatableResponse progress(String zone, String id, String key, String body) {
        Map<String, Object> milestone = byKey(zone, id, key);
        return Projects.member(zone).header("If-Match", "\"" + milestone.get("version") + "\"").body(body)
                .post("/api/v1/projects/{id}/milestones/{mid}/progress", id, milestone.get("id")).then();
    }

    static String status(String status) {
        return "{\"status\": \"%s\", \"date\": \"%s\"}".formatted(status, Stages.TODAY);
    }
}
