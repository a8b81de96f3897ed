package io.zhaoshang.leads.parks;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.value.Uscc;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Leads keeps the industry catalog parks-service publishes, from real records on zhaoshang.parks.v1. */
@QuarkusTest
class IndustryCatalogConsumerTest {

    private static final String PUBLISHED = IndustryCatalogService.PUBLISHED;
    /** The first 17 characters of a USCC of a Jining enterprise; each test zone is new, so it is free. */
    private static final String USCC = "91370800MA3C4XY10";

    private TopicProbe deadLetters;

    @BeforeEach
    void openProbe() {
        deadLetters = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ParksTopic.TOPIC + ".dlq");
    }

    @AfterEach
    void leaveACatalogForTheOthers() {
        deadLetters.close();
        ParksTopic.ensureCatalog();
    }

    /** As on a fresh service: no catalog has arrived. */
    private static void forgetTheCatalog() {
        rows("with gone as (delete from industry returning 1), also as (delete from industry_catalog returning 1) "
                + "select (select count(*) from gone) + (select count(*) from also)");
    }

    @Test
    void the_contract_example_becomes_the_catalog() {
        forgetTheCatalog();
        String eventId = ParksTopic.send(PUBLISHED, ParksTopic.CATALOG_KEY, EventContract.example(PUBLISHED));
        ParksTopic.awaitHandled(eventId);

        assertThat(count("select version from industry_catalog")).isEqualTo(1);
        assertThat(rows("select code, parent_code, name_zh, name_en from industry order by code")).containsExactly(
                row("SEI-04", null, "生物产业", "Bioindustry"),
                row("SEI-04.01", "SEI-04", "生物医药产业", "Biomedicine"),
                row("SEI-04.02", "SEI-04", "生物医学工程产业", "Biomedical engineering"));
    }

    @Test
    void a_redelivered_catalog_changes_nothing() {
        forgetTheCatalog();
        String eventId = UUID.randomUUID().toString();
        ParksTopic.send(eventId, PUBLISHED, ParksTopic.CATALOG_KEY, ParksTopic.catalog(1));
        ParksTopic.awaitHandled(eventId);
        Object receivedAt = rows("select received_at from industry_catalog").get(0).get("received_at");
        // the catalog is changed behind the consumer's back: a second effect of the same event would undo it
        rows("delete from industry where code = 'SEI-01.01' returning code");

        ParksTopic.send(eventId, PUBLISHED, ParksTopic.CATALOG_KEY, ParksTopic.catalog(1));
        awaitPartitionPassed();

        assertThat(count("select count(*) from inbox_event where event_id = ?", eventId)).isEqualTo(1);
        assertThat(rows("select received_at from industry_catalog").get(0).get("received_at")).isEqualTo(receivedAt);
        assertThat(count("select count(*) from industry where code = 'SEI-01.01'")).isZero();
    }

    @Test
    void the_newest_version_wins_and_an_older_one_arriving_late_changes_nothing() {
        long current = count("select coalesce(max(version), 0) from industry_catalog");
        int newer = (int) current + 2;
        ParksTopic.awaitHandled(ParksTopic.send(PUBLISHED, ParksTopic.CATALOG_KEY, ParksTopic.catalog(newer)));
        assertThat(count("select version from industry_catalog")).isEqualTo(newer);
        assertThat(count("select count(*) from industry")).isEqualTo(5);

        String late = ParksTopic.send(PUBLISHED, ParksTopic.CATALOG_KEY, """
                {"version": %d, "entries": [{"code": "TRD-01", "parentCode": null, "nameZh": "传统产业", "nameEn": "Old"}]}
                """.formatted(newer - 1));
        ParksTopic.awaitHandled(late);
        assertThat(count("select version from industry_catalog")).isEqualTo(newer);
        assertThat(count("select count(*) from industry")).isEqualTo(5);
        assertThat(count("select count(*) from industry where code = 'TRD-01'")).isZero();

        String same = ParksTopic.send(PUBLISHED, ParksTopic.CATALOG_KEY, """
                {"version": %d, "entries": [{"code": "TRD-02", "parentCode": null, "nameZh": "同一版本", "nameEn": "Same"}]}
                """.formatted(newer));
        ParksTopic.awaitHandled(same);
        assertThat(count("select count(*) from industry where code = 'TRD-02'")).as("a version is taken once").isZero();
    }

    @Test
    void other_types_on_the_topic_are_passed_over() {
        long industries = count("select count(*) from industry");
        long version = count("select version from industry_catalog");
        String type = "zhaoshang.park.registered.v1";
        String data = EventContract.example(type);
        String eventId = ParksTopic.send(type, "019a9b21-6c3e-7d15-8f2a-3b7c9e0d4a12", data);
        ParksTopic.awaitHandled(eventId);
        assertThat(count("select count(*) from industry")).isEqualTo(industries);
        assertThat(count("select version from industry_catalog")).isEqualTo(version);
    }

    @Test
    void a_catalog_without_entries_goes_to_the_dead_letters() {
        long version = count("select version from industry_catalog");
        String eventId = ParksTopic.send(PUBLISHED, ParksTopic.CATALOG_KEY, "{\"version\": 99999, \"entries\": []}");
        deadLetters.awaitRecords(r -> eventId.equals(header(r, "ce_id")), 1, ParksTopic.WAIT);
        assertThat(count("select version from industry_catalog")).isEqualTo(version);
        assertThat(count("select count(*) from inbox_event where event_id = ?", eventId)).isZero();
    }

    @Test
    void until_a_catalog_arrives_industry_codes_get_a_clear_503_and_nothing_is_written() {
        forgetTheCatalog();
        String zone = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = """
                {"name": "济宁生物医药有限公司", "uscc": "%s", "industryCodes": ["SEI-04.01"]}
                """.formatted(USCC + Uscc.checkCharacter(USCC));
        RestAssured.given().auth().oauth2(token(zone)).contentType("application/json").body(body)
                .post("/api/v1/companies")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("code", equalTo("industry-catalog-unavailable"));
        RestAssured.given().auth().oauth2(token(zone)).queryParam("industry", "SEI-04").get("/api/v1/companies")
                .then().statusCode(503).body("code", equalTo("industry-catalog-unavailable"));
        assertThat(count("select count(*) from company where zone = ?", zone)).isZero();

        ParksTopic.awaitHandled(ParksTopic.send(PUBLISHED, ParksTopic.CATALOG_KEY, EventContract.example(PUBLISHED)));
        RestAssured.given().auth().oauth2(token(zone)).contentType("application/json").body(body)
                .post("/api/v1/companies")
                .then().statusCode(201).body("industryCodes", contains("SEI-04.01"));
    }

    /** Every catalog record has one key, so one partition: once poison sent after it is dead, it was handled. */
    private void awaitPartitionPassed() {
        String marker = ParksTopic.send(PUBLISHED, ParksTopic.CATALOG_KEY, "not json");
        deadLetters.awaitRecords(r -> marker.equals(header(r, "ce_id")), 1, ParksTopic.WAIT);
    }

    private static String token(String zone) {
        return ZhaoshangTestResource.tokens().issue("member-of-" + zone, zone, null, Roles.TEAM_MEMBER);
    }

    private static Map<String, Object> row(String code, String parent, String zh, String en) {
        Map<String, Object> row = new HashMap<>();
        row.put("code", code);
        row.put("parent_code", parent);
        row.put("name_zh", zh);
        row.put("name_en", en);
        return row;
    }
}
