package io.zhaoshang.leads.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.zhaoshang.leads.collision.CollisionService;
import io.zhaoshang.leads.company.Company;
import io.zhaoshang.leads.company.CompanyRequest;
import io.zhaoshang.leads.company.CompanyService;
import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadRequest;
import io.zhaoshang.leads.lead.LeadService;
import io.zhaoshang.leads.lead.StatusChangeRequest;
import io.zhaoshang.leads.parks.IndustryCatalogService;
import io.zhaoshang.leads.teams.Team;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.seed.SeedLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the leads of the Jining example (济宁高新区) from {@code seed/jining.json} when
 * {@code zhaoshang.seed.jining} is on and the database has no company and no lead yet: 30 companies
 * of the target client library, 40 leads of the "3+2+1" teams of scoring's seed (TEAM-A to TEAM-F)
 * and of the public pool (公海), ten of them given up (LOST, INVALID) before their company's
 * current lead, three collisions (撞单), and leads reported days ago whose service timers are
 * overdue when the seed loads. The entries are the API's request bodies and go through the same
 * services, so they meet the same rules and publish the same events as if the teams had typed them in.
 *
 * <p>Leads learn the industry catalog from parks-service and the teams from scoring-service by
 * events, which arrive after start-up on a fresh stack: the seed waits for them, trying again every
 * {@code zhaoshang.seed.retry} (10 s), and loads once they are there. Target parks are left out (a
 * park's id is made by parks-service when its seed loads); each lead shows its suggested park.
 */
@ApplicationScoped
public class JiningSeed {

    private static final Logger LOG = Logger.getLogger(JiningSeed.class);
    static final String SUBJECT = "seed:jining";
    static final String RESOURCE = "seed/jining.json";

    // Report times are the database's now; a lead reported days ago is dated back once the seed is in,
    // with the times its timers and protection run from (its events keep the load time).
    private static final String DATE_BACK = """
            update lead set created_at = created_at - make_interval(days => :days),
                owned_at = owned_at - make_interval(days => :days),
                protected_until = protected_until - make_interval(days => :days)
            where id = :id""";

    private final boolean enabled;
    private final SeedLoader seeds;
    private final Caller caller;
    private final CompanyService companies;
    private final LeadService leads;
    private final CollisionService collisions;
    private final IndustryCatalogService catalog;
    private volatile boolean settled;
    private volatile boolean waitingLogged;

    JiningSeed(@ConfigProperty(name = "zhaoshang.seed.jining", defaultValue = "false") boolean enabled,
            SeedLoader seeds, Caller caller, CompanyService companies, LeadService leads,
            CollisionService collisions, IndustryCatalogService catalog) {
        this.enabled = enabled;
        this.seeds = seeds;
        this.caller = caller;
        this.companies = companies;
        this.leads = leads;
        this.collisions = collisions;
        this.catalog = catalog;
    }

    @Scheduled(identity = "jining-seed", every = "${zhaoshang.seed.retry:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void loadWhenReady() {
        if (!enabled || settled) {
            return;
        }
        JsonNode seed = seeds.read(RESOURCE);
        if (!QuarkusTransaction.requiringNew().call(() -> ready(seed))) {
            if (!waitingLogged) {
                waitingLogged = true;
                LOG.info("the Jining seed waits for the industry catalog (parks-service) and the teams TEAM-A to "
                        + "TEAM-F (scoring-service)");
            }
            return;
        }
        settled = true;
        if (loadIfEmpty()) {
            LOG.info("loaded the Jining seed leads (zone JN-HTZ: 30 companies, 40 leads, 3 collisions); turn it off "
                    + "with ZHAOSHANG_SEED_JINING=false");
        }
    }

    /**
     * Loads the seed in one transaction unless a company or a lead exists; true when it loaded. An
     * advisory lock makes replicas starting together load it once.
     */
    public boolean loadIfEmpty() {
        JsonNode seed = seeds.read(RESOURCE);
        return seeds.loadIfEmpty(() -> Company.count() == 0 && Lead.count() == 0, () -> load(seed));
    }

    /** Whether leads knows what the seed names: an industry catalog and every team of its leads. */
    private boolean ready(JsonNode seed) {
        String zone = seed.get("zone").asText();
        Set<String> teams = new TreeSet<>();
        for (String list : new String[] {"leads", "collisions"}) {
            for (JsonNode entry : seed.get(list)) {
                if (team(entry) != null) {
                    teams.add(team(entry));
                }
            }
        }
        return catalog.current().isPresent()
                && Team.count("zone = ?1 and code in ?2", zone, teams) == teams.size();
    }

    private void load(JsonNode seed) {
        caller.actAs(SUBJECT, seed.get("zone").asText());
        Map<String, UUID> companyIds = new HashMap<>();
        for (JsonNode entry : seed.get("companies")) {
            CompanyRequest request = seeds.valid(entry, CompanyRequest.class);
            companyIds.put(request.uscc(), companies.register(request).id);
        }
        Map<UUID, Integer> reportedDaysAgo = new LinkedHashMap<>();
        for (JsonNode entry : seed.get("leads")) {
            Lead lead = leads.reportFor(team(entry), request(entry, companyIds));
            for (JsonNode change : entry.path("statuses")) {
                lead = leads.changeStatus(lead.id, Long.toString(lead.version),
                        seeds.valid(change, StatusChangeRequest.class));
            }
            if (entry.has("reportedDaysAgo")) {
                reportedDaysAgo.put(lead.id, entry.get("reportedDaysAgo").asInt());
            }
        }
        for (JsonNode entry : seed.get("collisions")) {
            LeadRequest request = request(entry, companyIds);
            Lead existing = LeadService.activeLeadOf(Company.findById(request.companyId()))
                    .orElseThrow(() -> new IllegalStateException(RESOURCE + ": the collision " + entry
                            + " names a company without an active lead"));
            collisions.record(existing, request, team(entry));
        }
        Lead.flush();
        reportedDaysAgo.forEach((id, days) -> Lead.getEntityManager().createNativeQuery(DATE_BACK)
                .setParameter("days", days).setParameter("id", id).executeUpdate());
    }

    /** The lead of the entry, its company named by USCC. */
    private LeadRequest request(JsonNode entry, Map<String, UUID> companyIds) {
        UUID companyId = companyIds.get(entry.get("company").asText());
        if (companyId == null) {
            throw new IllegalStateException(RESOURCE + " names the company " + entry.get("company")
                    + " that it does not list");
        }
        ObjectNode lead = entry.get("lead").deepCopy();
        lead.put("companyId", companyId.toString());
        return seeds.valid(lead, LeadRequest.class);
    }

    private static String team(JsonNode entry) {
        JsonNode team = entry.get("team");
        return team == null || team.isNull() ? null : team.asText();
    }
}
