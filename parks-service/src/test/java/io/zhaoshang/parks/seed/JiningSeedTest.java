package io.zhaoshang.parks.seed;

import static io.restassured.RestAssured.given;
import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhaoshang.local.test.OwnDatabaseProfile;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.parks.ParksTestStack;
import io.zhaoshang.platform.security.Roles;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Jining seed, loaded at start-up into an empty database of its own, once. */
@QuarkusTest
@TestProfile(JiningSeedTest.SeedOn.class)
class JiningSeedTest {

    private static final String ZONE = "JN-HTZ";

    /** The seed switched on, with a database of its own so that it starts empty. */
    public static class SeedOn extends OwnDatabaseProfile {
        public SeedOn() {
            super("parks_seed", Map.of("zhaoshang.seed.jining", "true"));
        }
    }

    @Inject
    JiningSeed seed;

    @Test
    void the_zone_and_its_ten_parks_are_there_with_sub_parks_and_carriers() {
        assertThat(count("select count(*) from zone")).isEqualTo(1);
        assertThat(count("select count(*) from park where zone = ? and parent_id is null", ZONE)).isEqualTo(10);
        assertThat(count("select count(*) from park where zone = ?", ZONE)).isEqualTo(12);
        assertThat(count("select count(*) from park where zone = ? and kind = 'SUBDISTRICT_PARK'", ZONE)).isEqualTo(5);
        assertThat(count("select count(*) from park where zone = ? and kind in ('SPECIALIZED_PARK', 'BONDED_ZONE') "
                + "and parent_id is null", ZONE)).isEqualTo(4);
        assertThat(count("select count(*) from carrier where zone = ?", ZONE)).isEqualTo(18);
        assertThat(count("select count(*) from parcel where zone = ?", ZONE)).isEqualTo(30);
        assertThat(count("select count(*) from parcel where zone = ? and status = 'RESERVE'", ZONE)).isEqualTo(7);
        assertThat(count("select count(*) from park where created_by = ?", JiningSeed.SUBJECT)).isEqualTo(12);

        String yangjiahe = given().auth().oauth2(token()).queryParam("limit", 100).get("/api/v1/parks")
                .then().statusCode(200)
                .body("items", hasSize(12))
                .extract().path("items.find { it.code == 'YJH' }.id");
        given().auth().oauth2(token()).get("/api/v1/parks/{id}/tree", yangjiahe)
                .then().statusCode(200)
                .body("name", equalTo("杨家河科技创业园"))
                .body("children.code", contains("YJH-WL", "YJH-DLG"))
                .body("totals.areaMu", equalTo(7300.0f))
                .body("totals.land.availableMu", equalTo(475.5f))
                .body("totals.land.reserveMu", equalTo(210.0f))
                .body("totals.space.floorAreaSqm", equalTo(97000.0f));
    }

    @Test
    void the_industry_map_of_the_seed_points_biomedicine_to_the_biomedicine_park() {
        given().auth().oauth2(token()).queryParam("industry", "SEI-04.01").queryParam("landMu", 100)
                .get("/api/v1/industry-map")
                .then().statusCode(200)
                .body("items[0].park.code", equalTo("SWYY"))
                .body("items[0].match.kind", equalTo("LEADING_INDUSTRY"))
                .body("items[0].land.freeMu", equalTo(124.0f))
                .body("items[0].land.fits", equalTo(true));
    }

    @Test
    void the_seed_went_through_the_services_and_published_their_events() {
        try (TopicProbe topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ParksTestStack.TOPIC)) {
            topic.awaitRecords(record -> TopicProbe.header(record, "ce_type").equals("zhaoshang.zone.registered.v1")
                    && record.value().contains("\"" + ZONE + "\""), 1, Duration.ofSeconds(20));
            topic.awaitRecords(record -> TopicProbe.header(record, "ce_type").equals("zhaoshang.park.registered.v1")
                    && record.value().contains("\"" + ZONE + "\""), 12, Duration.ofSeconds(20));
            topic.awaitRecords(record -> TopicProbe.header(record, "ce_type").equals("zhaoshang.carrier.registered.v1")
                    && record.value().contains("\"" + ZONE + "\""), 18, Duration.ofSeconds(20));
        }
    }

    @Test
    void it_loads_only_into_an_empty_database() {
        long events = count("select count(*) from outbox_event");

        assertThat(seed.loadIfEmpty()).isFalse();

        assertThat(count("select count(*) from park")).isEqualTo(12);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
    }

    private static String token() {
        return ZhaoshangTestResource.tokens().issue("viewer", ZONE, null, Roles.VIEWER);
    }
}
