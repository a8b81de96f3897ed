package io.zhaoshang.parks.park;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A zone of two trees: district > park > incubator (three levels), and bonded > warehouse.
 * Plus a lone park.
 */
class ParkHierarchyTest {

    private final UUID district = UUID.randomUUID();
    private final UUID park = UUID.randomUUID();
    private final UUID incubator = UUID.randomUUID();
    private final UUID bonded = UUID.randomUUID();
    private final UUID warehouse = UUID.randomUUID();
    private final UUID lone = UUID.randomUUID();
    private final ParkHierarchy zone = new ParkHierarchy(links());

    private Map<UUID, UUID> links() {
        Map<UUID, UUID> parentOf = new HashMap<>();
        parentOf.put(district, null);
        parentOf.put(park, district);
        parentOf.put(incubator, park);
        parentOf.put(bonded, null);
        parentOf.put(warehouse, bonded);
        parentOf.put(lone, null);
        return parentOf;
    }

    @Test
    void levels_count_from_the_zone_and_heights_from_the_leaves() {
        assertThat(zone.level(district)).isEqualTo(1);
        assertThat(zone.level(park)).isEqualTo(2);
        assertThat(zone.level(incubator)).isEqualTo(3);
        assertThat(zone.height(district)).isEqualTo(3);
        assertThat(zone.height(park)).isEqualTo(2);
        assertThat(zone.height(incubator)).isEqualTo(1);
        assertThat(zone.height(bonded)).isEqualTo(2);
    }

    @Test
    void a_new_park_may_go_in_the_zone_or_down_to_the_third_level() {
        assertThatCode(() -> zone.checkNewUnder(null)).doesNotThrowAnyException();
        assertThatCode(() -> zone.checkNewUnder(district)).doesNotThrowAnyException();
        assertThatCode(() -> zone.checkNewUnder(park)).doesNotThrowAnyException();
    }

    @Test
    void a_fourth_level_is_refused() {
        assertRefused(() -> zone.checkNewUnder(incubator), "park-too-deep");
    }

    @Test
    void a_parent_outside_the_zone_is_unknown() {
        assertRefused(() -> zone.checkNewUnder(UUID.randomUUID()), "unknown-parent-park");
        assertRefused(() -> zone.checkMove(lone, UUID.randomUUID()), "unknown-parent-park");
    }

    @Test
    void a_park_cannot_move_under_itself_or_its_own_sub_parks() {
        assertRefused(() -> zone.checkMove(district, district), "park-cycle");
        assertRefused(() -> zone.checkMove(district, park), "park-cycle");
        assertRefused(() -> zone.checkMove(district, incubator), "park-cycle");
        assertRefused(() -> zone.checkMove(park, incubator), "park-cycle");
    }

    @Test
    void a_move_counts_the_levels_of_the_whole_subtree_it_carries() {
        assertThatCode(() -> zone.checkMove(warehouse, park)).doesNotThrowAnyException(); // leaf to level 3
        assertThatCode(() -> zone.checkMove(bonded, district)).doesNotThrowAnyException(); // 2 levels to 2..3
        assertRefused(() -> zone.checkMove(bonded, park), "park-too-deep"); // warehouse would be at 4
        assertRefused(() -> zone.checkMove(lone, incubator), "park-too-deep");
        assertRefused(() -> zone.checkMove(district, bonded), "park-too-deep"); // incubator would be at 4
    }

    @Test
    void moving_to_the_top_or_sideways_within_the_depth_is_allowed() {
        assertThatCode(() -> zone.checkMove(incubator, null)).doesNotThrowAnyException();
        assertThatCode(() -> zone.checkMove(park, null)).doesNotThrowAnyException();
        assertThatCode(() -> zone.checkMove(incubator, warehouse)).doesNotThrowAnyException();
        assertThatCode(() -> zone.checkMove(park, bonded)).doesNotThrowAnyException();
    }

    @Test
    void the_refusal_says_how_deep_it_would_go() {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> zone.checkMove(district, bonded));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.args()).containsExactly(3, 4);
    }

    private static void assertRefused(Runnable check, String code) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, check::run);
        assertThat(refused).as("refused with %s", code).isNotNull();
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo(code);
    }
}
