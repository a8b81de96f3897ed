package io.zhaoshang.projects.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.zhaoshang.platform.seed.SeedLoader;
import io.zhaoshang.projects.capital.CapitalArrival;
import io.zhaoshang.projects.capital.CapitalArrivalRequest;
import io.zhaoshang.projects.milestone.Milestone;
import io.zhaoshang.projects.milestone.MilestonePlan;
import io.zhaoshang.projects.milestone.MilestoneStatus;
import io.zhaoshang.projects.milestone.MilestoneTemplates;
import io.zhaoshang.projects.parks.Park;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectRequest;
import io.zhaoshang.projects.project.ProjectStage;
import io.zhaoshang.projects.stage.StageChange;
import io.zhaoshang.projects.stage.StageTransitionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the projects of the Jining example (济宁高新区, zone JN-HTZ) from {@code seed/jining.json} when
 * {@code zhaoshang.seed.jining} is on and the database has no project: 25 projects over the stages, the
 * history that brought them there, their milestones (some overdue) and capital arrived. It is the zone's
 * past before the system went live, so it is written as rows under system rights ({@value #SUBJECT}),
 * dated back from the day it loads, and publishes no event (scoring would award points for the past, leads
 * would look for leads that never were). Teams (TEAM-A to TEAM-F, scoring's seed) and industry codes (parks'
 * catalog) are only named, as the project rows store them; parks are named by code and need their ids, which
 * parks' seed makes and announces by events that may come after this service starts: the seed waits for the
 * parks it names and tries again every 10 seconds until they are known.
 */
@ApplicationScoped
public class JiningSeed {

    private static final Logger LOG = Logger.getLogger(JiningSeed.class);
    static final String SUBJECT = "seed:jining";
    /** The hour of the day (in the zone) the seeded steps are recorded at. */
    private static final LocalTime RECORDED_AT = LocalTime.of(10, 0);
    /** Why seeded projects past APPROVING hold no reservation of parks' pool: their land predates the system. */
    static final String LAND_BEFORE_SYSTEM = "系统上线前已完成供地";

    /** What a load attempt came to. */
    public enum Outcome { LOADED, NOT_EMPTY, WAITING_FOR_PARKS }

    private final boolean enabled;
    private final SeedLoader seeds;
    private final MilestoneTemplates templates;
    private final Clock clock;
    private volatile boolean settled;

    JiningSeed(@ConfigProperty(name = "zhaoshang.seed.jining", defaultValue = "false") boolean enabled,
            SeedLoader seeds, MilestoneTemplates templates, Clock clock) {
        this.enabled = enabled;
        this.seeds = seeds;
        this.templates = templates;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        attempt();
    }

    @Scheduled(identity = "projects-seed", every = "10s", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        attempt();
    }

    private void attempt() {
        if (!enabled || settled) {
            return;
        }
        Outcome outcome = loadIfEmpty();
        settled = outcome != Outcome.WAITING_FOR_PARKS;
        if (outcome == Outcome.LOADED) {
            LOG.info("loaded the Jining seed projects (zone JN-HTZ); turn it off with ZHAOSHANG_SEED_JINING=false");
        } else if (outcome == Outcome.WAITING_FOR_PARKS) {
            LOG.info("the Jining seed projects wait for parks-service's parks of JN-HTZ; trying again in 10 s");
        }
    }

    /**
     * Loads the seed in one transaction unless a project exists or a park it names is not yet known; an
     * advisory lock makes replicas starting together load it once.
     */
    public Outcome loadIfEmpty() {
        JsonNode seed = seeds.read("seed/jining.json");
        String zone = seed.get("zone").asText();
        Outcome[] outcome = {Outcome.NOT_EMPTY};
        Map<String, UUID> parkIds = new HashMap<>();
        boolean loaded = seeds.loadIfEmpty(() -> {
            if (Project.count() > 0) {
                return false;
            }
            Park.<Park>list("zone", zone).forEach(park -> parkIds.put(park.code, park.id));
            if (!parkIds.keySet().containsAll(parkCodes(seed))) {
                outcome[0] = Outcome.WAITING_FOR_PARKS;
                return false;
            }
            return true;
        }, () -> load(zone, seed, parkIds));
        return loaded ? Outcome.LOADED : outcome[0];
    }

    private static List<String> parkCodes(JsonNode seed) {
        List<String> codes = new ArrayList<>();
        for (JsonNode entry : seed.get("projects")) {
            codes.add(entry.get("parkCode").asText());
            if (entry.has("subParkCode")) {
                codes.add(entry.get("subParkCode").asText());
            }
        }
        return codes;
    }

    private void load(String zone, JsonNode seed, Map<String, UUID> parkIds) {
        LocalDate today = LocalDate.now(clock.withZone(Project.ZONE_TIME));
        for (JsonNode entry : seed.get("projects")) {
            new Seeding(zone, entry, today, parkIds).load();
        }
    }

    /** One project of the seed, its days counted back from {@code today}. */
    private final class Seeding {

        private final String zone;
        private final JsonNode entry;
        private final LocalDate today;
        private final Map<String, UUID> parkIds;
        private Project project;
        private Instant lastStep;

        Seeding(String zone, JsonNode entry, LocalDate today, Map<String, UUID> parkIds) {
            this.zone = zone;
            this.entry = entry;
            this.today = today;
            this.parkIds = parkIds;
        }

        void load() {
            Instant created = at(daysAgo(entry.get("createdDaysAgo")));
            project = Project.historic(zone, seeds.valid(request(), ProjectRequest.class), created);
            project.changedBy(SUBJECT);
            project.progressed(created);
            project.persistAndFlush();
            backdate(created);
            StageChange.creation(project).persist();
            lastStep = created;
            LocalDate approvingOn = null;
            LocalDate startedOn = null;
            LocalDate completedOn = null;
            for (JsonNode stage : entry.get("stages")) {
                StageTransitionRequest move = seeds.valid(move(stage), StageTransitionRequest.class);
                enter(move);
                switch (move.to()) {
                    case APPROVING -> approvingOn = move.date();
                    case UNDER_CONSTRUCTION -> startedOn = move.date();
                    case COMPLETED -> completedOn = move.date();
                    default -> { }
                }
            }
            if (approvingOn != null) {
                plan(approvingOn, startedOn, completedOn);
            }
            for (JsonNode instalment : entry.get("capital")) {
                arrive(instalment);
            }
            project.progressed(lastStep);
        }

        /** The API's request body with the parks' ids for their codes and the planned days as dates. */
        private JsonNode request() {
            ObjectNode body = ((ObjectNode) entry.get("project")).deepCopy();
            body.put("parkId", parkIds.get(entry.get("parkCode").asText()).toString());
            if (entry.has("subParkCode")) {
                body.put("subParkId", parkIds.get(entry.get("subParkCode").asText()).toString());
            }
            if (entry.has("plannedStartInDays")) {
                body.put("plannedStartDate", today.plusDays(entry.get("plannedStartInDays").asLong()).toString());
            }
            if (entry.has("plannedCompletionInDays")) {
                body.put("plannedCompletionDate",
                        today.plusDays(entry.get("plannedCompletionInDays").asLong()).toString());
            }
            return body;
        }

        private JsonNode move(JsonNode stage) {
            ObjectNode move = ((ObjectNode) stage).deepCopy();
            String date = daysAgo(move.remove("daysAgo")).toString();
            move.put("date", date);
            if (move.has("agreement")) {
                ((ObjectNode) move.get("agreement")).put("date", date);
            }
            if ("UNDER_CONSTRUCTION".equals(move.get("to").asText()) && project.needsLand()) {
                move.putObject("landWaiver").put("reason", LAND_BEFORE_SYSTEM);
            }
            return move;
        }

        private void enter(StageTransitionRequest move) {
            Instant at = at(move.date());
            ProjectStage from = project.stage;
            if (move.agreement() != null) {
                project.sign(move.agreement().type(), move.agreement().number(), move.agreement().date(),
                        move.agreement().signedAmount());
            }
            if (move.landWaiver() != null) {
                project.land.waived(move.landWaiver().reason(), SUBJECT, at);
            }
            project.enter(move.to(), move.date());
            StageChange.of(project, from, move, SUBJECT, at).persist();
            step(at);
        }

        /**
         * The milestones planned on entering APPROVING. Those of a stage the project went on to are DONE by
         * their due day or the day it went on, whichever came first; of the stage it waits for, the first
         * {@code milestonesDone} (in template order, so predecessors first) are DONE by their due day and the
         * next one is IN_PROGRESS: the rest are open, and past their day overdue.
         */
        private void plan(LocalDate approvingOn, LocalDate startedOn, LocalDate completedOn) {
            List<Milestone> milestones = MilestonePlan.plan(project.id, zone,
                    templates.newestFor(project.tier).orElseThrow(), approvingOn);
            int done = entry.path("milestonesDone").asInt(0);
            for (Milestone milestone : milestones) {
                LocalDate passedBy = milestone.gates == ProjectStage.UNDER_CONSTRUCTION ? startedOn
                        : milestone.gates == ProjectStage.COMPLETED ? completedOn : null;
                if (passedBy != null) {
                    passed(milestone, passedBy);
                } else if (done > 0) {
                    passed(milestone, today.minusDays(1));
                    done--;
                } else if (done == 0 && project.stage != ProjectStage.UNDER_CONSTRUCTION) {
                    milestone.status = MilestoneStatus.IN_PROGRESS;
                    milestone.startedOn = approvingOn;
                    milestone.statusOn = approvingOn;
                    done--;
                }
                milestone.changedBy(SUBJECT);
                milestone.persist();
            }
        }

        private void passed(Milestone milestone, LocalDate latest) {
            LocalDate on = milestone.dueOn.isBefore(latest) ? milestone.dueOn : latest;
            milestone.status = MilestoneStatus.DONE;
            milestone.startedOn = on;
            milestone.statusOn = on;
            milestone.completedOn = on;
            step(at(on));
        }

        private void arrive(JsonNode instalment) {
            ObjectNode body = ((ObjectNode) instalment).deepCopy();
            LocalDate date = daysAgo(body.remove("daysAgo"));
            body.put("date", date.toString());
            CapitalArrivalRequest request = seeds.valid(body, CapitalArrivalRequest.class);
            project.capitalArrives(request.amount().inCny());
            CapitalArrival.of(project, request, SUBJECT, at(date)).persist();
            step(at(date));
        }

        private void step(Instant at) {
            if (at.isAfter(lastStep)) {
                lastStep = at;
            }
        }

        /** The project was created on that day, not today: its row says so (platform stamps the time of the insert). */
        private void backdate(Instant created) {
            project.createdAt = created;
            Project.getEntityManager().createNativeQuery(
                    "update project set created_at = :at, updated_at = :at where id = :id")
                    .setParameter("at", created).setParameter("id", project.id).executeUpdate();
        }

        private LocalDate daysAgo(JsonNode days) {
            return today.minusDays(days.asLong());
        }

        private Instant at(LocalDate day) {
            return day.atTime(RECORDED_AT).atZone(Project.ZONE_TIME).toInstant();
        }
    }
}
