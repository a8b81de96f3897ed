package io.zhaoshang.leads.company;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.leads.LeadsTestStack;
import io.zhaoshang.leads.parks.ParksTopic;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merging a duplicate company record into the one that stays, and undoing it. */
@QuarkusTest
class CompanyMergeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;
    private String zone;

    @BeforeEach
    void openProbe() {
        ParksTopic.ensureCatalog();
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), LeadsTestStack.TOPIC);
        zone = Companies.newZoneCode();
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    private RequestSpecification lead() {
        return Companies.as(zone, Roles.TEAM_LEAD);
    }

    private ExtractableResponse<Response> merge(String id, String etag, String intoId) {
        return lead().header("If-Match", etag).body("{\"intoCompanyId\": \"" + intoId + "\"}")
                .post("/api/v1/companies/{id}/merges", id).then().extract();
    }

    private JsonNode event(String key, String type) throws Exception {
        ConsumerRecord<String, String> record = topic.awaitRecords(
                r -> key.equals(r.key()) && type.equals(header(r, "ce_type")), 1, WAIT).get(0);
        EventContract.assertValid(type, record.value());
        return json.readTree(record.value());
    }

    @Test
    void a_duplicate_is_merged_its_names_become_aliases_and_an_undo_restores_both() throws Exception {
        String survivor = Companies.register(zone, """
                {"name": "福州新锐光电科技有限公司", "uscc": "%s", "aliases": ["新锐光电"]}
                """.formatted(Companies.newUscc()));
        String duplicate = Companies.register(zone, """
                {"name": "福州新銳光電科技股份有限公司", "uscc": "%s", "aliases": ["新锐光电", "Xinrui Optoelectronics"]}
                """.formatted(Companies.newUscc()));

        ExtractableResponse<Response> merged = merge(duplicate, "\"0\"", survivor);
        assertThat(merged.statusCode()).isEqualTo(201);
        String mergeId = merged.path("id");
        assertThat(merged.header("Location")).endsWith("/api/v1/companies/" + duplicate + "/merges/" + mergeId);
        assertThat(merged.<List<String>>path("movedAliases"))
                .containsExactly("福州新銳光電科技股份有限公司", "Xinrui Optoelectronics");
        assertThat(merged.<String>path("mergedBy")).isEqualTo("team-lead-of-" + zone);
        assertThat(Instant.parse(merged.path("undoableUntil")))
                .isCloseTo(Instant.now().plus(Duration.ofDays(7)), within(1, ChronoUnit.MINUTES));

        Companies.as(zone, Roles.VIEWER).redirects().follow(false).get("/api/v1/companies/{id}", duplicate)
                .then().statusCode(308).header("Location", endsWith("/api/v1/companies/" + survivor));
        Companies.as(zone, Roles.VIEWER).get("/api/v1/companies/{id}", survivor).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("aliases", contains("新锐光电", "福州新銳光電科技股份有限公司", "Xinrui Optoelectronics"));
        Companies.as(zone, Roles.VIEWER).queryParam("q", "xinrui optoelectronics").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains(survivor));
        Companies.as(zone, Roles.VIEWER).queryParam("status", "MERGED").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains(duplicate))
                .body("items[0].mergedInto", equalTo(survivor));
        assertThat(count("select count(*) from company where id = ?::uuid and status = 'MERGED' and merged_into = ?::uuid"
                + " and version = 1", duplicate, survivor)).isEqualTo(1);

        JsonNode mergedEvent = event(duplicate, "zhaoshang.company.merged.v1");
        assertThat(mergedEvent.get("mergeId").asText()).isEqualTo(mergeId);
        assertThat(mergedEvent.get("intoCompanyId").asText()).isEqualTo(survivor);
        assertThat(mergedEvent.get("version").asLong()).isEqualTo(1);
        assertThat(mergedEvent.get("intoVersion").asLong()).isEqualTo(1);
        JsonNode survivorChanged = event(survivor, "zhaoshang.company.changed.v1");
        assertThat(survivorChanged.get("aliases")).hasSize(3);

        lead().delete("/api/v1/companies/{id}/merges/{mergeId}", duplicate, mergeId)
                .then().statusCode(200)
                .body("undoneAt", notNullValue())
                .body("undoneBy", equalTo("team-lead-of-" + zone));
        Companies.as(zone, Roles.VIEWER).get("/api/v1/companies/{id}", duplicate).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("mergedInto", nullValue()).header("ETag", "\"2\"");
        Companies.as(zone, Roles.VIEWER).get("/api/v1/companies/{id}", survivor).then().statusCode(200)
                .body("aliases", contains("新锐光电")).header("ETag", "\"2\"");
        Companies.as(zone, Roles.VIEWER).queryParam("q", "xinrui optoelectronics").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains(duplicate));
        Companies.as(zone, Roles.VIEWER).get("/api/v1/companies/{id}/merges/{mergeId}", duplicate, mergeId)
                .then().statusCode(200).body("undoneAt", notNullValue());

        JsonNode undone = event(duplicate, "zhaoshang.company.merge-undone.v1");
        assertThat(undone.get("mergeId").asText()).isEqualTo(mergeId);
        assertThat(undone.get("removedAliases")).hasSize(2);
        assertThat(undone.get("version").asLong()).isEqualTo(2);
        topic.awaitRecords(r -> survivor.equals(r.key()) && "zhaoshang.company.changed.v1".equals(header(r, "ce_type")),
                2, WAIT);

        long events = count("select count(*) from outbox_event where aggregate_id in (?, ?)", duplicate, survivor);
        lead().delete("/api/v1/companies/{id}/merges/{mergeId}", duplicate, mergeId)
                .then().statusCode(409).body("code", equalTo("company-merge-undone"));
        assertThat(count("select count(*) from outbox_event where aggregate_id in (?, ?)", duplicate, survivor))
                .isEqualTo(events);
    }

    @Test
    void after_seven_days_a_merge_stays() {
        String survivor = Companies.register(zone, Companies.body("济宁重工有限公司", Companies.newUscc()));
        String duplicate = Companies.register(zone, Companies.body("济宁重工集团", Companies.newUscc()));
        String mergeId = merge(duplicate, "\"0\"", survivor).path("id");
        rows("update company_merge set undoable_until = now() - interval '1 second' where id = ?::uuid returning id",
                mergeId);
        long events = count("select count(*) from outbox_event");

        lead().delete("/api/v1/companies/{id}/merges/{mergeId}", duplicate, mergeId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("company-merge-undo-expired"))
                .body("undoableUntil", notNullValue());
        assertThat(count("select count(*) from company where id = ?::uuid and status = 'MERGED' and version = 1",
                duplicate)).isEqualTo(1);
        assertThat(count("select count(*) from company_merge where id = ?::uuid and undone_at is null", mergeId))
                .isEqualTo(1);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
    }

    @Test
    void a_merged_company_redirects_to_the_last_survivor_and_its_merge_waits_for_the_later_one() {
        String a = Companies.register(zone, Companies.body("甲公司", Companies.newUscc()));
        String b = Companies.register(zone, Companies.body("乙公司", Companies.newUscc()));
        String c = Companies.register(zone, Companies.body("丙公司", Companies.newUscc()));
        String first = merge(a, "\"0\"", b).path("id");
        String second = merge(b, "\"1\"", c).path("id");

        Companies.as(zone, Roles.VIEWER).redirects().follow(false).get("/api/v1/companies/{id}", a)
                .then().statusCode(308).header("Location", endsWith("/api/v1/companies/" + c));
        Companies.as(zone, Roles.VIEWER).get("/api/v1/companies/{id}", c).then().statusCode(200)
                .body("aliases", contains("乙公司", "甲公司"));

        lead().delete("/api/v1/companies/{id}/merges/{mergeId}", a, first)
                .then().statusCode(409).body("code", equalTo("company-merge-undo-blocked"))
                .body("mergedInto", equalTo(c));
        assertThat(count("select count(*) from company where id = ?::uuid and status = 'MERGED'", a)).isEqualTo(1);

        lead().delete("/api/v1/companies/{id}/merges/{mergeId}", b, second).then().statusCode(200);
        lead().delete("/api/v1/companies/{id}/merges/{mergeId}", a, first).then().statusCode(200);
        assertThat(count("select count(*) from company where id in (?::uuid, ?::uuid, ?::uuid) and status = 'ACTIVE'",
                a, b, c)).isEqualTo(3);
        Companies.as(zone, Roles.VIEWER).get("/api/v1/companies/{id}", c).then().body("aliases", hasSize(0));
    }

    @Test
    void a_merged_company_no_longer_changes() {
        String survivor = Companies.register(zone, Companies.body("济宁重工有限公司", Companies.newUscc()));
        String duplicate = Companies.register(zone, Companies.body("济宁重工集团", Companies.newUscc()));
        merge(duplicate, "\"0\"", survivor);
        lead().header("If-Match", "\"1\"").body(Companies.body("改名", Companies.newUscc()))
                .put("/api/v1/companies/{id}", duplicate)
                .then().statusCode(409).body("code", equalTo("company-merged")).body("mergedInto", equalTo(survivor));
        assertThat(count("select count(*) from company where id = ?::uuid and name = '济宁重工集团' and version = 1",
                duplicate)).isEqualTo(1);
    }

    /** Each bad merge is a clear problem, and neither company, the merges nor the outbox change. */
    @Test
    void bad_merges_change_nothing() {
        String survivor = Companies.register(zone, Companies.body("济宁重工有限公司", Companies.newUscc()));
        String duplicate = Companies.register(zone, Companies.body("济宁重工集团", Companies.newUscc()));
        String merged = Companies.register(zone, Companies.body("济宁重工股份公司", Companies.newUscc()));
        merge(merged, "\"0\"", survivor);
        String elsewhere = Companies.register(Companies.newZoneCode(), Companies.body("别处公司", Companies.newUscc()));
        String snapshot = snapshot(survivor, duplicate, merged);
        long mergesBefore = count("select count(*) from company_merge");
        long eventsBefore = count("select count(*) from outbox_event");

        assertProblem(merge(duplicate, "\"0\"", duplicate), 422, "company-merge-into-itself", "intoCompanyId");
        assertProblem(merge(duplicate, "\"0\"", merged), 422, "company-merge-into-merged", "intoCompanyId");
        assertProblem(merge(duplicate, "\"0\"", elsewhere), 422, "unknown-company", "intoCompanyId");
        assertProblem(merge(duplicate, "\"0\"", UUID.randomUUID().toString()), 422, "unknown-company", "intoCompanyId");
        assertProblem(merge(duplicate, "\"5\"", survivor), 412, "precondition-failed", null);
        assertProblem(lead().body("{\"intoCompanyId\": \"" + survivor + "\"}")
                .post("/api/v1/companies/{id}/merges", duplicate).then().extract(), 428, "if-match-required", null);
        assertProblem(merge(merged, "\"1\"", duplicate), 409, "company-merged", null);
        assertProblem(merge(UUID.randomUUID().toString(), "\"0\"", survivor), 404, "not-found", null);
        assertProblem(merge(elsewhere, "\"0\"", survivor), 404, "not-found", null);
        assertProblem(lead().header("If-Match", "\"0\"").body("{}").post("/api/v1/companies/{id}/merges", duplicate)
                .then().extract(), 400, "validation-failed", "intoCompanyId");
        assertProblem(Companies.member(zone).header("If-Match", "\"0\"")
                .body("{\"intoCompanyId\": \"" + survivor + "\"}").post("/api/v1/companies/{id}/merges", duplicate)
                .then().extract(), 403, "forbidden", null);
        assertProblem(lead().delete("/api/v1/companies/{id}/merges/{mergeId}", duplicate, UUID.randomUUID())
                .then().extract(), 404, "not-found", null);

        assertThat(snapshot(survivor, duplicate, merged)).isEqualTo(snapshot);
        assertThat(count("select count(*) from company_merge")).isEqualTo(mergesBefore);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(eventsBefore);
    }

    @Test
    void a_merge_problem_in_chinese() {
        String duplicate = Companies.register(zone, Companies.body("济宁重工集团", Companies.newUscc()));
        lead().header("Accept-Language", "zh-CN").header("If-Match", "\"0\"")
                .body("{\"intoCompanyId\": \"" + duplicate + "\"}").post("/api/v1/companies/{id}/merges", duplicate)
                .then().statusCode(422)
                .body("title", equalTo("企业不能并入自身"))
                .body("detail", equalTo("企业 " + duplicate + " 不能并入自身。"))
                .body("errors[0].message", equalTo("是企业本身"));
    }

    private static void assertProblem(ExtractableResponse<Response> response, int status, String code, String field) {
        assertThat(response.statusCode()).as(code).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>path("code")).isEqualTo(code);
        if (field != null) {
            assertThat(response.<List<String>>path("errors.field")).containsExactly(field);
        }
    }

    private static String snapshot(String... ids) {
        StringBuilder rowsText = new StringBuilder();
        for (String id : ids) {
            rowsText.append(rows("select status, merged_into, version, array_to_string(aliases, '|') as aliases,"
                    + " (select string_agg(normalised, '|' order by normalised) from company_name_key"
                    + " where company_id = c.id) as keys from company c where id = ?::uuid", id)).append('\n');
        }
        return rowsText.toString();
    }
}
