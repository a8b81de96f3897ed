package io.zhaoshang.parks.park;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParkTreeViewTest {

    @Test
    void totals_add_up_every_level_of_the_subtree() {
        Park district = park("100.00", null);
        Park bio = park("50.25", district.id);
        Park logistics = park("20", district.id);
        Park incubator = park("10.5", bio.id);
        Map<UUID, List<Park>> childrenOf = Map.of(district.id, List.of(bio, logistics), bio.id, List.of(incubator));

        Map<UUID, ParkTreeView.Land> land = Map.of(
                district.id, new ParkTreeView.Land(mu("40"), mu("25.5"), mu("0"), mu("100")),
                incubator.id, new ParkTreeView.Land(mu("0"), mu("3.25"), mu("6"), mu("0")));
        Map<UUID, ParkTreeView.Space> space = Map.of(
                bio.id, new ParkTreeView.Space(mu("12000.50"), mu("2000")),
                incubator.id, new ParkTreeView.Space(mu("800"), mu("800")));

        ParkTreeView tree = ParkTreeView.of(district, 1, childrenOf, land, space);

        assertThat(tree.totals().areaMu()).isEqualByComparingTo("180.75");
        assertThat(tree.areaMu()).isEqualByComparingTo("100.00");
        assertThat(tree.totals().land()).isEqualTo(new ParkTreeView.Land(mu("40"), mu("28.75"), mu("6"), mu("100")));
        assertThat(tree.totals().space()).isEqualTo(new ParkTreeView.Space(mu("12800.50"), mu("2800")));
        assertThat(tree.children()).extracting(ParkTreeView::id).containsExactly(bio.id, logistics.id);
        ParkTreeView bioTree = tree.children().get(0);
        assertThat(bioTree.level()).isEqualTo(2);
        assertThat(bioTree.totals().areaMu()).isEqualByComparingTo("60.75");
        assertThat(bioTree.totals().land()).isEqualTo(new ParkTreeView.Land(mu("0"), mu("3.25"), mu("6"), mu("0")));
        assertThat(bioTree.totals().space()).isEqualTo(new ParkTreeView.Space(mu("12800.50"), mu("2800")));
        assertThat(bioTree.children()).singleElement().satisfies(leaf -> {
            assertThat(leaf.level()).isEqualTo(3);
            assertThat(leaf.totals().areaMu()).isEqualByComparingTo("10.5");
            assertThat(leaf.children()).isEmpty();
        });
        assertThat(tree.children().get(1).totals().areaMu()).isEqualByComparingTo("20");
        assertThat(tree.children().get(1).totals().land()).isEqualTo(ParkTreeView.Land.NONE);
        assertThat(tree.children().get(1).totals().space()).isEqualTo(ParkTreeView.Space.NONE);
    }

    /** Figures with the scale the database gives them, so records compare equal. */
    private static BigDecimal mu(String value) {
        return new BigDecimal(value).setScale(2);
    }

    private static Park park(String areaMu, UUID parentId) {
        Park park = new Park();
        park.id = UUID.randomUUID();
        park.code = "P-" + park.id.toString().substring(0, 4).toUpperCase();
        park.areaMu = new BigDecimal(areaMu);
        park.parentId = parentId;
        park.kind = ParkKind.SPECIALIZED_PARK;
        park.status = ParkStatus.ACTIVE;
        return park;
    }
}
