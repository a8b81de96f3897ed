package io.zhaoshang.scoring;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.zhaoshang.local.test.ZhaoshangTestResource;

/** Every @QuarkusTest of this module runs against the real PostgreSQL and Kafka of deploy/local. */
@QuarkusTestResource(value = ZhaoshangTestResource.class, initArgs = @ResourceArg(name = "service", value = "scoring"))
public final class ScoringTestStack {

    public static final String TOPIC = "zhaoshang.scoring.v1";
    public static final String LEADS_TOPIC = "zhaoshang.leads.v1";
    public static final String PROJECTS_TOPIC = "zhaoshang.projects.v1";
    public static final String LEAD_REGISTERED = "zhaoshang.lead.registered.v1";
    public static final String PROJECT_CREATED = "zhaoshang.project.created.v1";
    public static final String STAGE_CHANGED = "zhaoshang.project.stage-changed.v1";

    private ScoringTestStack() {
    }
}
