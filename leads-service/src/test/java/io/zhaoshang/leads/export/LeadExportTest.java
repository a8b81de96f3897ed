package io.zhaoshang.leads.export;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.leads.lead.LeadTestData;
import io.zhaoshang.platform.security.Roles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** GET /api/v1/leads with Accept: text/csv: the leads of the JSON list, all of them, as a streamed CSV file. */
@QuarkusTest
class LeadExportTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void every_field_of_a_lead_is_a_cell_and_commas_quotes_and_line_breaks_are_quoted() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String uscc = LeadTestData.newUscc();
        String company = LeadTestData.company(zone, "济宁\\\"鲁南\\\",化工有限公司", uscc);
        String body = LeadTestData.body(company).replace("新建生物医药中间体项目", "一期, \\\"原料药\\\"\\n二期制剂");
        String id = LeadTestData.member(zone, "GOV-1").body(body).post("/api/v1/leads").then().statusCode(201)
                .extract().path("id");

        ExtractableResponse<Response> answer = csv(LeadTestData.member(zone, "GOV-1")).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"leads-"
                        + LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".csv\""))
                .extract();
        byte[] bytes = answer.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        // RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled; lines end in CRLF
        assertThat(text).contains("\"济宁\"\"鲁南\"\",化工有限公司\"").contains("\"一期, \"\"原料药\"\"\n二期制剂\"")
                .endsWith("\r\n");

        List<CSVRecord> rows = parse(bytes);
        assertThat(rows).hasSize(1);
        Map<String, String> row = rows.get(0).toMap();
        assertThat(row).containsEntry("id", id).containsEntry("company", uscc)
                .containsEntry("companyName", "济宁\"鲁南\",化工有限公司")
                .containsEntry("title", "一期, \"原料药\"\n二期制剂")
                .containsEntry("industryCode", "SEI-04.01").containsEntry("chainRole", "FILL_CHAIN")
                .containsEntry("sourceChannel", "EXPO_EVENT").containsEntry("sourceDetail", "2026 济宁产业推介会")
                .containsEntry("intendedInvestmentCny", "1200000000.00").containsEntry("landMu", "120.50")
                .containsEntry("expectedJobs", "300").containsEntry("expectedOutputCny", "1080000000.00")
                .containsEntry("expectedTaxCny", "50000000.00").containsEntry("targetParkId", "")
                .containsEntry("status", "NEW").containsEntry("pool", "TEAM").containsEntry("ownerTeam", "GOV-1")
                .containsEntry("reportedTeam", "GOV-1").containsEntry("overdueTimers", "")
                .containsEntry("createdBy", "team-member-GOV-1-of-" + zone);
        assertThat(row.get("code")).startsWith("XS-");
        assertThat(row.get("protectedUntil")).endsWith("Z");
    }

    @Test
    void a_typed_text_that_a_spreadsheet_would_run_as_a_formula_is_exported_as_text() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String company = LeadTestData.company(zone, "=HYPERLINK(\\\"http://evil\\\")", LeadTestData.newUscc());
        String body = LeadTestData.body(company).replace("新建生物医药中间体项目", "@SUM(A1:A9)")
                .replace("2026 济宁产业推介会", "-2+3");
        LeadTestData.member(zone, "GOV-1").body(body).post("/api/v1/leads").then().statusCode(201);

        byte[] bytes = csv(LeadTestData.member(zone, "GOV-1")).then().statusCode(200).extract().asByteArray();

        Map<String, String> row = parse(bytes).get(0).toMap();
        assertThat(row).containsEntry("companyName", "'=HYPERLINK(\"http://evil\")")
                .containsEntry("title", "'@SUM(A1:A9)").containsEntry("sourceDetail", "'-2+3")
                // the service's own values are left as they are
                .containsEntry("industryCode", "SEI-04.01").containsEntry("intendedInvestmentCny", "1200000000.00");
    }

    @Test
    void the_export_answers_the_leads_of_the_json_list_with_its_filters_and_the_callers_visibility() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String own = LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁导出甲公司"));
        String other = LeadTestData.report(zone, "GOV-2", LeadTestData.company(zone, "济宁导出乙公司"));
        String foreign = LeadTestData.company(zone, "Exportwerk GmbH", null);
        String pub = LeadTestData.report(zone, null, foreign);

        assertThat(ids(csv(LeadTestData.member(zone, "GOV-1")))).containsExactly(own, pub);
        assertThat(ids(csv(LeadTestData.as(zone, null, Roles.VIEWER)))).containsExactly(own, other, pub);
        assertThat(ids(csv(LeadTestData.admin(zone).queryParam("pool", "PUBLIC")))).containsExactly(pub);
        assertThat(ids(csv(LeadTestData.admin(zone).queryParam("pool", "TEAM").queryParam("team", "GOV-2"))))
                .containsExactly(other);
        assertThat(ids(csv(LeadTestData.admin(zone).queryParam("company", foreign)))).containsExactly(pub);
        assertThat(ids(csv(LeadTestData.admin(zone).queryParam("industry", "SEI-01")))).isEmpty();
        // the same filters as the JSON list, whatever the page size
        List<String> listed = LeadTestData.admin(zone).queryParam("status", "NEW").queryParam("limit", 200)
                .get("/api/v1/leads").then().statusCode(200).extract().path("items.id");
        assertThat(ids(csv(LeadTestData.admin(zone).queryParam("status", "NEW").queryParam("limit", 1))))
                .isEqualTo(listed).hasSize(3);
        // a foreign company has no USCC: the import's company column then takes its id
        Map<String, String> foreignRow = parse(csv(LeadTestData.admin(zone).queryParam("pool", "PUBLIC")).asByteArray())
                .get(0).toMap();
        assertThat(foreignRow).containsEntry("company", foreign).containsEntry("companyName", "Exportwerk GmbH")
                .containsEntry("pool", "PUBLIC").containsEntry("ownerTeam", "").containsEntry("protectedUntil", "");
    }

    @Test
    void json_stays_the_answer_of_a_client_that_accepts_anything() {
        String zone = LeadTestData.zoneWithTeams();
        LeadTestData.admin(zone).get("/api/v1/leads").then().statusCode(200)
                .contentType(startsWith("application/json")).body("items", org.hamcrest.Matchers.hasSize(0));
        LeadTestData.admin(zone).accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/api/v1/leads").then()
                .statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void no_lead_is_a_file_with_the_header_only() {
        String zone = LeadTestData.zoneWithTeams();
        byte[] bytes = csv(LeadTestData.admin(zone)).then().statusCode(200).extract().asByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF" + String.join(",", LeadCsvColumns.HEADER) + "\r\n");
    }

    @Test
    void a_bad_filter_is_a_problem_in_english_and_in_chinese_and_no_file() {
        String zone = LeadTestData.zoneWithTeams();
        csv(LeadTestData.admin(zone).queryParam("pool", "PRIVATE")).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("invalid-enum-value")).body("title", equalTo("Unknown value"));
        csv(LeadTestData.admin(zone).header("Accept-Language", "zh-CN").queryParam("overdue", "yes")).then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("invalid-parameter"))
                .body("title", equalTo("参数无效"));

        csv(io.restassured.RestAssured.given()).then().statusCode(401);
    }

    @Test
    void five_thousand_leads_stream_completely_in_id_order() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        int leads = 5_000;
        assertThat(count("""
                with companies as (
                  insert into company (id, zone, name, uscc, tags, industry_codes, version, created_at, created_by,
                      updated_at, updated_by)
                  select gen_random_uuid(), ?, '批量企业' || n, 'BULK' || lpad(n::text, 14, '0'), '{}', '{}', 0, now(),
                      'test', now(), 'test'
                  from generate_series(1, ?) n returning id, name),
                leads as (
                  insert into lead (id, zone, code, company_id, title, industry_code, chain_role, source_channel, status,
                      version, created_at, created_by, updated_at, updated_by)
                  select gen_random_uuid(), ?, 'XS-BULK-' || ? || '-' || name, id, '批量线索 ' || name, 'SEI-04.01',
                      'BUILD_CHAIN', 'SELF_DEVELOPED', 'NEW', 0, now(), 'test', now(), 'test'
                  from companies returning id)
                select count(*) from leads""", zone, leads, zone, zone)).isEqualTo(leads);

        List<CSVRecord> rows = parse(csv(LeadTestData.as(zone, null, Roles.VIEWER)).then().statusCode(200)
                .extract().asByteArray());

        assertThat(rows).hasSize(leads);
        List<String> ids = rows.stream().map(row -> row.get("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat(rows.stream().map(row -> row.get("companyName")).collect(Collectors.toSet())).hasSize(leads);
    }

    private static Response csv(RequestSpecification caller) {
        return caller.accept("text/csv").get("/api/v1/leads");
    }

    private static List<String> ids(Response answer) throws IOException {
        return parse(answer.then().statusCode(200).extract().asByteArray()).stream().map(row -> row.get("id")).toList();
    }

    /** Reads the file as a client would: commons-csv with the header row, after the byte order mark. */
    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).isEqualTo(LeadCsvColumns.HEADER);
            return parser.getRecords();
        }
    }
}
