package io.zhaoshang.leads.leadimport;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.leads.LeadsTestStack;
import io.zhaoshang.leads.lead.LeadEvents;
import io.zhaoshang.leads.lead.LeadTestData;
import io.zhaoshang.leads.projects.ProjectsTopic;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadImportTest {

    private static final Logger LOG = Logger.getLogger(LeadImportTest.class);
    static final String HEADER = String.join(",", LeadCsv.COLUMNS) + "\r\n";

    static String row(String company, String title) {
        return company + "," + title + ",SEI-04.01,FILL_CHAIN,EXPO_EVENT,济宁推介会,120000000,50,80,,,\r\n";
    }

    static RequestSpecification teamLead(String zone) {
        // RestAssured would add its default charset (ISO-8859-1) to a text/* type: the file says nothing
        return LeadTestData.as(zone, "GOV-1", Roles.TEAM_LEAD).contentType("text/csv")
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    static ValidatableResponse post(RequestSpecification as, String csv) {
        return as.body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/lead-imports").then();
    }

    @Test
    void every_row_ends_as_created_collision_or_rejected_with_its_reason() throws IOException {
        String zone = LeadTestData.zoneWithTeams();
        String first = LeadTestData.company(zone, "济宁导入一号有限公司");
        String uscc = LeadTestData.newUscc();
        String second = LeadTestData.company(zone, "济宁导入二号有限公司", uscc);
        String taken = LeadTestData.company(zone, "济宁已有线索有限公司");
        String existing = LeadTestData.report(zone, "GOV-2", taken);
        String csv = "\uFEFF" + HEADER
                + row(first, "\"一号项目, 一期\"")              // line 2: created
                + row(uscc, "二号项目")                          // line 3: created, company by USCC
                + row(taken, "已有线索的公司")                    // line 4: collision with GOV-2's lead
                + row(first, "一号又一次")                        // line 5: collision with line 2's lead
                + "\r\n"                                          // line 6: blank, passed over
                + row(UUID.randomUUID().toString(), "无此公司")   // line 7: unknown company
                + first + ",\"未闭合的引号,SEI-04.01,FILL_CHAIN,EXPO_EVENT,,,,,,,\r\n" // line 8: unclosed quote
                + row(second, "")                                   // line 9: blank title
                + row(LeadTestData.company(zone, "济宁行业不明有限公司"), "行业不明").replace("SEI-04.01", "XXX-99"); // line 10

        String id = post(teamLead(zone), csv).statusCode(201)
                .body("status", equalTo("COMPLETED"))
                .body("totalRows", equalTo(8))
                .body("created", equalTo(2))
                .body("collisions", equalTo(2))
                .body("rejected", equalTo(4))
                .body("finishedAt", notNullValue())
                .extract().path("id");

        Map<Integer, Map<String, Object>> rows = teamLead(zone).get("/api/v1/lead-imports/{id}/rows?limit=200", id)
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .collect(Collectors.toMap(r -> (Integer) r.get("rowNumber"), r -> r));
        assertThat(rows.keySet()).containsExactly(2, 3, 4, 5, 7, 8, 9, 10);
        assertThat(rows.get(2)).containsEntry("outcome", "CREATED");
        String createdLead = (String) rows.get(2).get("leadId");
        assertThat(rows("select owner_team, title, created_by from lead where id = ?::uuid", createdLead).get(0))
                .containsEntry("owner_team", "GOV-1").containsEntry("title", "一号项目, 一期")
                .containsEntry("created_by", "team-lead-GOV-1-of-" + zone);
        assertThat(rows.get(3)).containsEntry("outcome", "CREATED");
        assertThat(rows.get(4)).containsEntry("outcome", "COLLISION").containsEntry("leadId", existing)
                .containsEntry("ownerTeam", "GOV-2");
        assertThat(count("select count(*) from collision where id = ?::uuid and lead_id = ?::uuid",
                rows.get(4).get("collisionId"), existing)).isEqualTo(1);
        assertThat(rows.get(5)).containsEntry("outcome", "COLLISION").containsEntry("leadId", createdLead);
        // published as POST /leads publishes: a lead.registered per created lead, a collision.detected per collision
        try (TopicProbe topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), LeadsTestStack.TOPIC)) {
            String secondLead = (String) rows.get(3).get("leadId");
            topic.awaitRecords(r -> LeadEvents.REGISTERED.equals(TopicProbe.header(r, "ce_type"))
                    && (createdLead.equals(r.key()) || secondLead.equals(r.key())), 2, Duration.ofSeconds(60))
                    .forEach(r -> EventContract.assertValid(LeadEvents.REGISTERED, r.value()));
            String firstCollision = (String) rows.get(4).get("collisionId");
            String secondCollision = (String) rows.get(5).get("collisionId");
            topic.awaitRecords(r -> "zhaoshang.collision.detected.v1".equals(TopicProbe.header(r, "ce_type"))
                    && (firstCollision.equals(r.key()) || secondCollision.equals(r.key())), 2, Duration.ofSeconds(60));
        }
        assertThat(rows.get(7)).containsEntry("outcome", "REJECTED").containsEntry("problem", "unknown-company")
                .containsEntry("field", "company");
        assertThat(rows.get(8)).containsEntry("problem", "csv-malformed-row");
        assertThat(rows.get(9)).containsEntry("problem", "validation-failed").containsEntry("field", "title");
        assertThat(rows.get(10)).containsEntry("problem", "unknown-industry").containsEntry("field", "industryCode");
        assertThat((String) rows.get(10).get("message")).contains("XXX-99");

        teamLead(zone).get("/api/v1/lead-imports/{id}/rows?outcome=REJECTED&limit=2", id).then().statusCode(200)
                .body("items.rowNumber", contains(7, 8))
                .body("nextCursor", notNullValue());
        teamLead(zone).get("/api/v1/lead-imports/{id}/rows?outcome=WRONG", id).then().statusCode(400);
        // another team lead does not see the import; the zone administration does
        LeadTestData.as(zone, "GOV-2", Roles.TEAM_LEAD).get("/api/v1/lead-imports/{id}", id).then().statusCode(404);
        LeadTestData.admin(zone).get("/api/v1/lead-imports/{id}", id).then().statusCode(200).body("created", equalTo(2));

        byte[] download = teamLead(zone).get("/api/v1/lead-imports/{id}/rows.csv", id).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        String text = new String(download, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(8);
        assertThat(records.get(0).get("rowNumber")).isEqualTo("2");
        assertThat(records.get(0).get("leadId")).isEqualTo(createdLead);
        assertThat(records.get(6).get("problem")).isEqualTo("validation-failed");
    }

    /** The collisions of a chunk are looked up at once: the rules of POST /leads still hold row by row. */
    @Test
    void rows_collide_by_name_with_earlier_rows_of_their_chunk_and_with_active_projects() {
        String zone = LeadTestData.zoneWithTeams();
        // one foreign company registered twice, without a USCC: the same normalised name
        String foreign = LeadTestData.company(zone, "济宁德企储能有限公司", null);
        String foreignAgain = LeadTestData.company(zone, "濟寧德企儲能", null);
        // a company with a USCC, one without whose name normalises alike, and one with another USCC
        // (a group and its subsidiary are different entities: no collision between USCCs)
        String withUscc = LeadTestData.company(zone, "济宁同名科技有限公司");
        String sameNameWithoutUscc = LeadTestData.company(zone, "济宁同名科技", null);
        String otherUscc = LeadTestData.company(zone, "济宁同名科技集团");
        // active projects, one found by USCC, one by name
        String projectUscc = LeadTestData.newUscc();
        String withProject = LeadTestData.company(zone, "济宁在建导入公司", projectUscc);
        String projectByUscc = ProjectsTopic.created(zone, "济宁在建导入集团", projectUscc, null);
        String foreignWithProject = LeadTestData.company(zone, "济宁外资在建", null);
        String projectByName = ProjectsTopic.created(zone, "济宁外资在建有限公司", null, null);
        String csv = HEADER
                + row(foreign, "德企储能")                  // line 2: created
                + row(foreignAgain, "德企储能又一次")        // line 3: collision with line 2's lead, by name
                + row(withUscc, "同名科技")                 // line 4: created
                + row(sameNameWithoutUscc, "同名无代码")     // line 5: collision with line 4's lead, by name
                + row(otherUscc, "同名集团")                 // line 6: created, both have USCCs
                + row(withProject, "在建项目")               // line 7: collision with the project, by USCC
                + row(foreignWithProject, "外资在建");       // line 8: collision with the project, by name

        String id = post(teamLead(zone), csv).statusCode(201)
                .body("created", equalTo(3)).body("collisions", equalTo(4)).body("rejected", equalTo(0))
                .extract().path("id");

        Map<Integer, Map<String, Object>> rows = teamLead(zone).get("/api/v1/lead-imports/{id}/rows?limit=200", id)
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .collect(Collectors.toMap(r -> (Integer) r.get("rowNumber"), r -> r));
        assertThat(rows.get(2)).containsEntry("outcome", "CREATED");
        assertThat(rows.get(3)).containsEntry("outcome", "COLLISION").containsEntry("leadId", rows.get(2).get("leadId"))
                .containsEntry("ownerTeam", "GOV-1");
        assertThat(rows.get(4)).containsEntry("outcome", "CREATED");
        assertThat(rows.get(5)).containsEntry("outcome", "COLLISION").containsEntry("leadId", rows.get(4).get("leadId"));
        assertThat(rows.get(6)).containsEntry("outcome", "CREATED");
        assertThat(rows.get(7)).containsEntry("outcome", "COLLISION").containsEntry("projectId", projectByUscc);
        assertThat(rows.get(8)).containsEntry("outcome", "COLLISION").containsEntry("projectId", projectByName);
        // recorded as POST /leads records them, the reporting time of the chunk's own lead included
        assertThat(count("select count(*) from collision where zone = ? and lead_id = ?::uuid"
                + " and lead_reported_at = (select created_at from lead where id = ?::uuid)",
                zone, rows.get(2).get("leadId"), rows.get(2).get("leadId"))).isEqualTo(1);
        assertThat(count("select count(*) from collision where zone = ? and project_id is not null", zone)).isEqualTo(2);
        assertThat(count("select count(*) from lead where zone = ?", zone)).isEqualTo(3);
        assertThat(count("select count(*) from outbox_event where event_type = ? and payload::jsonb ->> 'zone' = ?",
                LeadEvents.REGISTERED, zone)).isEqualTo(3);
    }

    @Test
    void the_same_file_with_the_same_idempotency_key_answers_the_first_job() {
        String zone = LeadTestData.zoneWithTeams();
        String csv = HEADER + row(LeadTestData.company(zone, "济宁幂等有限公司"), "幂等项目");
        String id = post(teamLead(zone).header("Idempotency-Key", "import-1"), csv).statusCode(201)
                .body("created", equalTo(1)).extract().path("id");
        post(teamLead(zone).header("Idempotency-Key", "import-1"), csv).statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id)).body("created", equalTo(1));
        post(teamLead(zone).header("Idempotency-Key", "import-1"), csv + row(UUID.randomUUID().toString(), "别的"))
                .statusCode(422).body("code", equalTo("idempotency-key-reused"));
        assertThat(count("select count(*) from lead where zone = ?", zone)).isEqualTo(1);
        assertThat(count("select count(*) from collision where zone = ?", zone)).isZero();
        assertThat(count("select count(*) from lead_import where created_by = ?", "team-lead-GOV-1-of-" + zone))
                .isEqualTo(1);
    }

    @Test
    void fifty_thousand_rows_are_imported_with_their_row_results() throws IOException {
        String zone = LeadTestData.zoneWithTeams();
        int rowsTotal = LeadImportService.MAX_ROWS;
        int reportedBefore = 100;   // companies GOV-2 holds a lead of: their rows collide with it
        int repeated = 500;         // rows naming again a company of an earlier row: they collide with its lead
        int rejected = 500;         // half with an unknown industry, half with an unclosed quote
        int companies = rowsTotal - repeated - rejected;
        int created = companies - reportedBefore;
        // the companies are written straight into the database: 49,000 registrations over HTTP would be the test
        count("""
                with inserted as (insert into company (id, zone, name, country, registration_number, tags, industry_codes,
                    version, created_at, created_by, updated_at, updated_by)
                select gen_random_uuid(), ?, '济宁批量企业' || n, 'DE', 'HRB-' || lpad(n::text, 6, '0'), '{}', '{}',
                    0, now(), 'test', now(), 'test' from generate_series(1, ?) n returning 1)
                select count(*) from inserted""", zone, companies);
        List<String> ids = rows("select id::text as id from company where zone = ? order by registration_number", zone)
                .stream().map(r -> (String) r.get("id")).toList();
        List<String> leadsBefore = ids.subList(0, reportedBefore).stream()
                .map(company -> LeadTestData.report(zone, "GOV-2", company)).toList();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rowsTotal; i++) {
            if (i < companies) {
                csv.append(row(ids.get(i), "批量项目" + i));
            } else if (i < companies + repeated) {
                csv.append(row(ids.get(i - companies + reportedBefore), "重复上报" + i));
            } else if (i % 2 == 0) {
                csv.append(row(ids.get(i - companies), "未知行业" + i).replace("SEI-04.01", "NOPE-1"));
            } else {
                csv.append(ids.get(i - companies)).append(",\"未闭合的引号,SEI-04.01,FILL_CHAIN,EXPO_EVENT,,,,,,,\r\n");
            }
        }

        long started = System.nanoTime();
        // the import is synchronous: the answer waits for every row (no timing asserted, only a long enough wait)
        RequestSpecification patient = teamLead(zone).config(RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 30 * 60 * 1000)));
        String id = post(patient, csv.toString()).statusCode(201)
                .body("status", equalTo("COMPLETED"))
                .body("totalRows", equalTo(rowsTotal))
                .body("created", equalTo(created))
                .body("collisions", equalTo(reportedBefore + repeated))
                .body("rejected", equalTo(rejected))
                .extract().path("id");
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.infof("lead import of %d rows in the test: %.1f s = %.0f rows/s (a log, not a benchmark: see"
                + " docs/benchmarks.md)", rowsTotal, seconds, rowsTotal / seconds);

        teamLead(zone).get("/api/v1/lead-imports/{id}", id).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("totalRows", equalTo(rowsTotal))
                .body("created", equalTo(created)).body("collisions", equalTo(reportedBefore + repeated))
                .body("rejected", equalTo(rejected));
        assertThat(count("select count(*) from lead where zone = ? and owner_team = 'GOV-1'", zone)).isEqualTo(created);
        assertThat(count("select count(*) from outbox_event where aggregate_type = 'lead' and event_type = ?"
                + " and payload::jsonb ->> 'zone' = ?", LeadEvents.REGISTERED, zone))
                .isEqualTo(created + reportedBefore);
        assertThat(count("select count(*) from collision where zone = ?", zone)).isEqualTo(reportedBefore + repeated);
        assertThat(count("select count(*) from outbox_event where aggregate_type = 'collision'"
                + " and payload::jsonb ->> 'zone' = ?", zone)).isEqualTo(reportedBefore + repeated);

        byte[] download = teamLead(zone).get("/api/v1/lead-imports/{id}/rows.csv", id).then().statusCode(200)
                .extract().asByteArray();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(download, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records).hasSize(rowsTotal);
        assertThat(records.stream().map(r -> Integer.valueOf(r.get("rowNumber"))).toList())
                .isEqualTo(IntStream.rangeClosed(2, rowsTotal + 1).boxed().toList());
        assertThat(records.stream().collect(Collectors.groupingBy(r -> r.get("outcome"), Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("CREATED", (long) created,
                        "COLLISION", (long) reportedBefore + repeated, "REJECTED", (long) rejected));
        // a company's first row: a collision with GOV-2's earlier lead
        assertThat(records.get(0).get("outcome")).isEqualTo("COLLISION");
        assertThat(records.get(0).get("leadId")).isEqualTo(leadsBefore.get(0));
        assertThat(records.get(0).get("ownerTeam")).isEqualTo("GOV-2");
        // a repeated row: a collision with the lead its company's row created, chunks earlier
        CSVRecord repeat = records.get(companies);
        assertThat(repeat.get("outcome")).isEqualTo("COLLISION");
        assertThat(repeat.get("leadId")).isEqualTo(records.get(reportedBefore).get("leadId"));
        assertThat(repeat.get("ownerTeam")).isEqualTo("GOV-1");
        assertThat(records.get(rowsTotal - 2).get("problem")).isEqualTo("unknown-industry");
        assertThat(records.get(rowsTotal - 1).get("problem")).isEqualTo("csv-malformed-row");
        assertThat(records.get(rowsTotal - 1).get("rowNumber")).isEqualTo(String.valueOf(rowsTotal + 1));
    }
}
