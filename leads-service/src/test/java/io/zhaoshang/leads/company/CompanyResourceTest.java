package io.zhaoshang.leads.company;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.zhaoshang.leads.LeadsTestStack;
import io.zhaoshang.leads.parks.ParksTopic;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompanyResourceTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;

    @BeforeEach
    void openProbe() {
        ParksTopic.ensureCatalog();
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), LeadsTestStack.TOPIC);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void registers_reads_and_lists_a_company_and_publishes_the_event() throws Exception {
        String zone = Companies.newZoneCode();
        String uscc = Companies.newUscc();
        ExtractableResponse<Response> created = Companies.member(zone)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(Companies.body("济宁重工集团有限公司", uscc.toLowerCase(), "LISTED", "CENTRAL_SOE", "LISTED"))
                .post("/api/v1/companies")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("zone", equalTo(zone))
                .body("name", equalTo("济宁重工集团有限公司"))
                .body("uscc", equalTo(uscc))
                .body("tags", contains("CENTRAL_SOE", "LISTED"))
                .body("industryCodes", contains("SEI-04.01"))
                .body("status", equalTo("ACTIVE"))
                .body("aliases", hasSize(0))
                .body("headquarters", equalTo("济宁市"))
                .body("createdBy", equalTo("team-member-of-" + zone))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/companies/" + id);

        Companies.as(zone, Roles.VIEWER).get("/api/v1/companies/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("uscc", equalTo(uscc));
        Companies.as(zone, Roles.VIEWER).get("/api/v1/companies")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("nextCursor", nullValue());

        Map<String, Object> row = rows("select zone, uscc, array_to_string(tags, ',') as tags,"
                + " array_to_string(industry_codes, ',') as industry_codes, created_by, updated_by"
                + " from company where id = ?::uuid", id).get(0);
        assertThat(row).containsEntry("zone", zone).containsEntry("uscc", uscc)
                .containsEntry("created_by", "team-member-of-" + zone)
                .containsEntry("updated_by", "team-member-of-" + zone);
        assertThat(row).containsEntry("tags", "CENTRAL_SOE,LISTED").containsEntry("industry_codes", "SEI-04.01");

        ConsumerRecord<String, String> event = topic.awaitRecords(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(event, "ce_type")).isEqualTo("zhaoshang.company.registered.v1");
        assertThat(header(event, "ce_source")).isEqualTo("/zhaoshang/leads");
        assertThat(header(event, "ce_subject")).isEqualTo(id);
        assertThat(UUID.fromString(header(event, "ce_id")).version()).isEqualTo(7);
        assertThat(header(event, "traceparent")).startsWith("00-" + TRACE_ID + "-");
        EventContract.assertValid("zhaoshang.company.registered.v1", event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("companyId").asText()).isEqualTo(id);
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("uscc").asText()).isEqualTo(uscc);
        assertThat(data.get("tags").toString()).isEqualTo("[\"CENTRAL_SOE\",\"LISTED\"]");
        assertThat(data.get("version").asLong()).isZero();
    }

    @Test
    void a_change_needs_the_current_etag_and_is_published_with_its_version() throws Exception {
        String zone = Companies.newZoneCode();
        String id = Companies.register(zone, Companies.body("济宁重工有限公司", Companies.newUscc()));
        String newUscc = Companies.newUscc();
        String change = Companies.body("济宁重工集团有限公司", newUscc, "PROVINCIAL_SOE");

        Companies.as(zone, Roles.TEAM_LEAD).body(change).put("/api/v1/companies/{id}", id)
                .then().statusCode(428).body("code", equalTo("if-match-required"));
        Companies.as(zone, Roles.TEAM_LEAD).header("If-Match", "\"7\"").body(change).put("/api/v1/companies/{id}", id)
                .then().statusCode(412).body("code", equalTo("precondition-failed"));
        assertThat(count("select version from company where id = ?::uuid", id)).isZero();

        Companies.as(zone, Roles.TEAM_LEAD).header("If-Match", "\"0\"").body(change).put("/api/v1/companies/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("济宁重工集团有限公司"))
                .body("uscc", equalTo(newUscc))
                .body("tags", contains("PROVINCIAL_SOE"))
                .body("createdBy", equalTo("team-member-of-" + zone))
                .body("updatedBy", equalTo("team-lead-of-" + zone));
        assertThat(count("select count(*) from company where id = ?::uuid and version = 1 and uscc = ? and updated_by = ?",
                id, newUscc, "team-lead-of-" + zone)).isEqualTo(1);

        ConsumerRecord<String, String> changed = topic.awaitRecords(
                r -> id.equals(r.key()) && "zhaoshang.company.changed.v1".equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(30)).get(0);
        EventContract.assertValid("zhaoshang.company.changed.v1", changed.value());
        JsonNode data = json.readTree(changed.value());
        assertThat(data.get("version").asLong()).isEqualTo(1);
        assertThat(data.get("name").asText()).isEqualTo("济宁重工集团有限公司");
        assertThat(data.get("uscc").asText()).isEqualTo(newUscc);
    }

    @Test
    void a_change_that_alters_nothing_keeps_the_version_and_publishes_nothing() {
        String zone = Companies.newZoneCode();
        String body = Companies.body("济宁重工有限公司", Companies.newUscc(), "LISTED");
        String id = Companies.as(zone, Roles.TEAM_LEAD).body(body).post("/api/v1/companies")
                .then().statusCode(201).extract().path("id");

        Companies.as(zone, Roles.TEAM_LEAD).header("If-Match", "\"0\"").body(body).put("/api/v1/companies/{id}", id)
                .then().statusCode(200).header("ETag", "\"0\"");
        assertThat(count("select version from company where id = ?::uuid", id)).isZero();
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", id)).isEqualTo(1);
    }

    @Test
    void only_admins_and_team_leads_change_a_company() {
        String zone = Companies.newZoneCode();
        String id = Companies.register(zone, Companies.body("济宁重工有限公司", Companies.newUscc()));
        Companies.member(zone).header("If-Match", "\"0\"").body(Companies.body("改名", Companies.newUscc()))
                .put("/api/v1/companies/{id}", id)
                .then().statusCode(403).body("code", equalTo("forbidden"));
        assertThat(count("select count(*) from company where id = ?::uuid and version = 0 and name = ?", id, "济宁重工有限公司"))
                .isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_returns_the_first_answer() {
        String zone = Companies.newZoneCode();
        String key = UUID.randomUUID().toString();
        String body = Companies.body("济宁重工有限公司", Companies.newUscc(), "UNICORN", "LISTED");
        String first = Companies.member(zone).header("Idempotency-Key", key).body(body).post("/api/v1/companies")
                .then().statusCode(201).extract().path("id");
        Companies.member(zone).header("Idempotency-Key", key).body(body).post("/api/v1/companies")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"0\"")
                .body("id", equalTo(first));
        Companies.member(zone).header("Idempotency-Key", key).body(Companies.body("另一家公司", Companies.newUscc()))
                .post("/api/v1/companies")
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));

        assertThat(count("select count(*) from company where zone = ?", zone)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", first)).isEqualTo(1);
    }

    @Test
    void another_zone_sees_nothing_of_this_one() {
        String zone = Companies.newZoneCode();
        String uscc = Companies.newUscc();
        String id = Companies.register(zone, Companies.body("济宁重工有限公司", uscc));
        String other = Companies.newZoneCode();

        Companies.as(other, Roles.ZONE_ADMIN).get("/api/v1/companies/{id}", id).then().statusCode(404)
                .body("code", equalTo("not-found"));
        Companies.as(other, Roles.ZONE_ADMIN).header("If-Match", "\"0\"").body(Companies.body("改名", uscc))
                .put("/api/v1/companies/{id}", id).then().statusCode(404);
        Companies.as(other, Roles.VIEWER).get("/api/v1/companies").then().statusCode(200).body("items", hasSize(0));
        Companies.as(other, Roles.VIEWER).queryParam("uscc", uscc).get("/api/v1/companies")
                .then().statusCode(200).body("items", hasSize(0));
        assertThat(count("select count(*) from company where id = ?::uuid and zone = ? and version = 0", id, zone))
                .isEqualTo(1);
    }

    @Test
    void a_uscc_is_registered_once_per_zone() {
        String zone = Companies.newZoneCode();
        String uscc = Companies.newUscc();
        String first = Companies.register(zone, Companies.body("济宁重工有限公司", uscc));

        Companies.member(zone).body(Companies.body("重复登记", uscc.toLowerCase())).post("/api/v1/companies")
                .then().statusCode(409)
                .body("code", equalTo("company-uscc-taken"))
                .body("existingCompanyId", equalTo(first))
                .body("detail", containsString(first));
        assertThat(count("select count(*) from company where zone = ? and uscc = ?", zone, uscc)).isEqualTo(1);
        assertThatThrownBy(() -> rows("insert into company (id, zone, name, uscc, tags, industry_codes, version,"
                + " created_at, created_by, updated_at, updated_by) values (gen_random_uuid(), ?, '并发登记', ?, '{}',"
                + " '{}', 0, now(), 'test', now(), 'test') returning id", zone, uscc))
                .as("the database refuses a second USCC in a zone, whatever races the service's check")
                .hasCauseInstanceOf(SQLException.class)
                .cause().hasMessageContaining("company_zone_uscc_key");

        String second = Companies.register(zone, Companies.body("另一家公司", Companies.newUscc()));
        Companies.as(zone, Roles.ZONE_ADMIN).header("If-Match", "\"0\"").body(Companies.body("另一家公司", uscc))
                .put("/api/v1/companies/{id}", second)
                .then().statusCode(409).body("existingCompanyId", equalTo(first));
        assertThat(count("select count(*) from outbox_event where aggregate_id in (?, ?)", first, second)).isEqualTo(2);

        String elsewhere = Companies.newZoneCode();
        Companies.member(elsewhere).body(Companies.body("济宁重工有限公司", uscc)).post("/api/v1/companies")
                .then().statusCode(201).body("zone", equalTo(elsewhere));
        assertThat(count("select count(*) from company where uscc = ? and zone in (?, ?)", uscc, zone, elsewhere))
                .isEqualTo(2);
    }

    @Test
    void a_foreign_company_is_identified_by_country_and_registration_number() throws Exception {
        String zone = Companies.newZoneCode();
        String body = Companies.foreignBody("西门子股份公司", "DE", "HRB 6684");
        String id = Companies.as(zone, Roles.INTEGRATION).body(body).post("/api/v1/companies")
                .then().statusCode(201)
                .body("uscc", nullValue())
                .body("country", equalTo("DE"))
                .body("registrationNumber", equalTo("HRB 6684"))
                .extract().path("id");
        Companies.register(zone, Companies.foreignBody("巴斯夫欧洲公司", "DE", "HRB 6000"));

        assertThat(count("select count(*) from company where id = ?::uuid and uscc is null and country = 'DE'"
                + " and registration_number = 'HRB 6684'", id)).isEqualTo(1);
        ConsumerRecord<String, String> event = topic.awaitRecords(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid("zhaoshang.company.registered.v1", event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("uscc").isNull()).isTrue();
        assertThat(data.get("country").asText()).isEqualTo("DE");
        assertThat(data.get("registrationNumber").asText()).isEqualTo("HRB 6684");
    }

    @Test
    void the_list_filters_by_uscc_and_by_tag() {
        String zone = Companies.newZoneCode();
        String usccA = Companies.newUscc();
        String a = Companies.register(zone, Companies.body("甲公司", usccA, "CENTRAL_SOE", "LISTED"));
        String b = Companies.register(zone, Companies.body("乙公司", Companies.newUscc(), "LISTED"));
        String c = Companies.register(zone, Companies.foreignBody("丙公司", "JP", "0104-01-000001"));

        Companies.as(zone, Roles.VIEWER).queryParam("tag", "LISTED").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains(a, b));
        Companies.as(zone, Roles.VIEWER).queryParam("tag", "FORTUNE_GLOBAL_500").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains(c));
        Companies.as(zone, Roles.VIEWER).queryParam("tag", "UNICORN").get("/api/v1/companies")
                .then().statusCode(200).body("items", hasSize(0));
        Companies.as(zone, Roles.VIEWER).queryParam("uscc", usccA.toLowerCase()).get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains(a));
        Companies.as(zone, Roles.VIEWER).queryParam("uscc", usccA).queryParam("tag", "UNICORN").get("/api/v1/companies")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void pages_follow_the_cursor_in_a_stable_order() {
        String zone = Companies.newZoneCode();
        String a = Companies.register(zone, Companies.body("甲公司", Companies.newUscc()));
        String b = Companies.register(zone, Companies.body("乙公司", Companies.newUscc()));
        String c = Companies.register(zone, Companies.body("丙公司", Companies.newUscc()));

        String cursor = Companies.as(zone, Roles.VIEWER).queryParam("limit", "2").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains(a, b)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        Companies.as(zone, Roles.VIEWER).queryParam("limit", "2").queryParam("cursor", cursor).get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains(c)).body("nextCursor", nullValue());
        Companies.as(zone, Roles.VIEWER).queryParam("limit", "0").get("/api/v1/companies")
                .then().statusCode(400).body("code", equalTo("invalid-limit"));
        Companies.as(zone, Roles.VIEWER).queryParam("cursor", "not-a-cursor").get("/api/v1/companies")
                .then().statusCode(400).body("code", equalTo("invalid-cursor"));
    }

    @Test
    void an_unknown_id_is_not_found() {
        String zone = Companies.newZoneCode();
        Companies.as(zone, Roles.VIEWER).get("/api/v1/companies/{id}", UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("not-found")).body("detail", containsString("company"));
    }
}
