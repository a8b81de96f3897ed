package io.zhaoshang.scoring.seed;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.StartupEvent;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.seed.SeedLoader;
import io.zhaoshang.scoring.team.MemberRequest;
import io.zhaoshang.scoring.team.Team;
import io.zhaoshang.scoring.team.TeamRequest;
import io.zhaoshang.scoring.team.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the teams of the Jining example of DOMAIN.md (济宁高新区 "3+2+1": three government squads
 * 政府招商小分队, two social bureaus 社会招商分局, one overseas bureau 海外招商分局, with a few members)
 * from {@code seed/jining.json} when {@code zhaoshang.seed.jining} is on and the database has no team
 * yet. The entries are the API's own request bodies and go through the same services, so they meet
 * the same rules and publish the same events as if an administrator had typed them in; the first
 * team brings the zone its default rulebook, as it always does. TEAM-A is the team of the local
 * stack's team tokens (team-lead-user, team-member-user).
 */
@ApplicationScoped
public class JiningSeed {

    private static final Logger LOG = Logger.getLogger(JiningSeed.class);
    static final String SUBJECT = "seed:jining";

    private final boolean enabled;
    private final SeedLoader seeds;
    private final Caller caller;
    private final TeamService teams;

    JiningSeed(@ConfigProperty(name = "zhaoshang.seed.jining", defaultValue = "false") boolean enabled,
            SeedLoader seeds, Caller caller, TeamService teams) {
        this.enabled = enabled;
        this.seeds = seeds;
        this.caller = caller;
        this.teams = teams;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled && loadIfEmpty()) {
            LOG.info("loaded the Jining seed teams (zone JN-HTZ, TEAM-A to TEAM-F); turn it off with ZHAOSHANG_SEED_JINING=false");
        }
    }

    /**
     * Loads the seed in one transaction unless a team exists; true when it loaded. An advisory lock
     * makes replicas starting together load it once.
     */
    public boolean loadIfEmpty() {
        JsonNode seed = seeds.read("seed/jining.json");
        return seeds.loadIfEmpty(() -> Team.count() == 0, () -> load(seed));
    }

    private void load(JsonNode seed) {
        caller.actAs(SUBJECT, seed.get("zone").asText());
        for (JsonNode entry : seed.get("teams")) {
            Team team = teams.register(valid(entry.get("team"), TeamRequest.class));
            for (JsonNode member : entry.get("members")) {
                team = teams.addMember(team.id, Long.toString(team.version), valid(member, MemberRequest.class));
            }
        }
    }

    private <T> T valid(JsonNode entry, Class<T> type) {
        return seeds.valid(entry, type);
    }
}
