package io.zhaoshang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import jakarta.json.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void readsSubjectZoneTeamAndRoles() {
        Caller caller = new Caller(token(Map.of("sub", "u-1", "zone", "shenzhen-qianhai",
                "team", Json.createValue("team-a"), "groups", Set.of(Roles.TEAM_LEAD))));

        assertThat(caller.subject()).isEqualTo("u-1");
        assertThat(caller.zone()).isEqualTo("shenzhen-qianhai");
        assertThat(caller.team()).contains("team-a");
        assertThat(caller.hasRole(Roles.TEAM_LEAD)).isTrue();
        assertThat(caller.isAdmin()).isFalse();
    }

    @Test
    void anAdminHasNoTeam() {
        Caller admin = new Caller(token(Map.of("sub", "a", "zone", "z", "groups", Set.of(Roles.ZONE_ADMIN))));
        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.team()).isEmpty();
    }

    @Test
    void aTokenWithoutZoneReachesNothing() {
        Caller caller = new Caller(token(Map.of("sub", "u-1", "zone", " ")));
        assertThatThrownBy(caller::zone).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(403);
            assertThat(p.code()).isEqualTo("zone-missing");
        });
    }

    @Test
    void noTokenHasNoSubject() {
        assertThatThrownBy(new Caller(token(Map.of()))::subject)
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(401));
    }

    private static JsonWebToken token(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) all.get("sub");
            }

            @Override
            public Set<String> getClaimNames() {
                return all.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) all.get(claimName);
            }
        };
    }
}
