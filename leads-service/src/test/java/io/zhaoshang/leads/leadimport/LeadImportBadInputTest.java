package io.zhaoshang.leads.leadimport;

import static io.zhaoshang.leads.leadimport.LeadImportTest.HEADER;
import static io.zhaoshang.leads.leadimport.LeadImportTest.post;
import static io.zhaoshang.leads.leadimport.LeadImportTest.row;
import static io.zhaoshang.leads.leadimport.LeadImportTest.teamLead;
import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.leads.lead.LeadTestData;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A wrong file gets a clear problem, in English and in Chinese, and creates nothing: no lead, no
 * collision, no event, no import job. A wrong row is rejected alone.
 */
@QuarkusTest
class LeadImportBadInputTest {

    private String zone;
    private String company;

    @BeforeEach
    void zoneAndCompany() {
        zone = LeadTestData.zoneWithTeams();
        company = LeadTestData.company(zone, "济宁坏文件有限公司");
    }

    @Test
    void a_wrong_header_is_a_422_naming_the_expected_columns() {
        byte[] csv = ("公司,标题\r\n" + row(company, "表头错误")).getBytes(StandardCharsets.UTF_8);
        refused(csv, 422, "import-header-invalid")
                .body("title", equalTo("Wrong CSV header"))
                .body("detail", equalTo("The first line must name the columns " + String.join(",", LeadCsv.COLUMNS)
                        + " (in any order)."))
                .body("expectedColumns", hasSize(LeadCsv.COLUMNS.size()))
                .body("expectedColumns[0]", equalTo("company"))
                .body("columns", equalTo("公司,标题"));
        refusedInChinese(csv, 422, "import-header-invalid").body("title", equalTo("CSV 表头错误"));
        nothingChanged();
    }

    @Test
    void a_gbk_file_is_a_415_not_utf8() {
        byte[] gbk = (HEADER + row(company, "国标编码的项目")).getBytes(Charset.forName("GBK"));
        refused(gbk, 415, "import-not-utf8").body("title", equalTo("Not UTF-8"))
                .body("detail", startsWith("The file is not UTF-8 (was it saved as GBK?)."));
        refusedInChinese(gbk, 415, "import-not-utf8").body("title", equalTo("文件不是 UTF-8 编码"))
                .body("detail", startsWith("文件不是 UTF-8 编码（是否保存为了 GBK？）。"));
        nothingChanged();
    }

    @Test
    void invalid_utf8_in_a_late_row_is_a_415_and_imports_no_row_before_it() {
        byte[] head = (HEADER + row(company, "前面的好行")).getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[head.length + 3];
        System.arraycopy(head, 0, broken, 0, head.length);
        broken[head.length] = (byte) 0xC3; // a lead byte without its continuation
        broken[head.length + 1] = '\r';
        broken[head.length + 2] = '\n';
        refused(broken, 415, "import-not-utf8");
        nothingChanged();
    }

    @Test
    void a_declared_charset_other_than_utf8_is_a_415() {
        byte[] gbk = (HEADER + row(company, "国标编码的项目")).getBytes(Charset.forName("GBK"));
        teamLead(zone).contentType("text/csv; charset=GBK").body(gbk).post("/api/v1/lead-imports").then()
                .statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("import-charset-unsupported"))
                .body("detail", equalTo("The file was declared as GBK; an import takes UTF-8 only."));
        nothingChanged();
    }

    @Test
    void sixty_thousand_rows_are_a_413_before_any_row_is_imported() {
        StringBuilder big = new StringBuilder(HEADER);
        String line = row(company, "六万行");
        for (int i = 0; i < 60_000; i++) {
            big.append(line);
        }
        byte[] csv = big.toString().getBytes(StandardCharsets.UTF_8);
        refused(csv, 413, "import-too-many-rows").body("maxRows", equalTo(50_000))
                .body("detail", equalTo("An import takes at most 50,000 rows; split the file. Nothing was imported."));
        refusedInChinese(csv, 413, "import-too-many-rows").body("title", equalTo("行数过多"));
        nothingChanged();
    }

    @Test
    void a_row_with_an_unclosed_quote_is_rejected_alone_and_the_rest_imported() {
        String second = LeadTestData.company(zone, "济宁引号之后有限公司");
        String csv = HEADER
                + company + ",\"未闭合的引号,SEI-04.01,FILL_CHAIN,EXPO_EVENT,,,,,,,\r\n" // line 2
                + row(second, "引号之后的行");                                              // line 3
        String id = post(teamLead(zone), csv).statusCode(201)
                .body("totalRows", equalTo(2)).body("created", equalTo(1)).body("rejected", equalTo(1))
                .extract().path("id");
        teamLead(zone).get("/api/v1/lead-imports/{id}/rows", id).then().statusCode(200)
                .body("items[0].rowNumber", equalTo(2))
                .body("items[0].outcome", equalTo("REJECTED"))
                .body("items[0].problem", equalTo("csv-malformed-row"))
                .body("items[1].rowNumber", equalTo(3))
                .body("items[1].outcome", equalTo("CREATED"));
        assertThat(count("select count(*) from lead where zone = ? and company_id = ?::uuid", zone, second))
                .isEqualTo(1);
        assertThat(count("select count(*) from lead where zone = ? and company_id = ?::uuid", zone, company)).isZero();
    }

    @Test
    void only_the_import_takes_a_large_body() {
        String large = "{\"name\": \"" + "x".repeat(300_000) + "\"}";
        LeadTestData.member(zone, "GOV-1").body(large).post("/api/v1/leads").then()
                .statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("payload-too-large"))
                .body("detail", equalTo("The request body is larger than the limit of 262,144 bytes."));
        LeadTestData.admin(zone).header("Accept-Language", "zh-CN").body(large).post("/api/v1/companies").then()
                .statusCode(413).body("code", equalTo("payload-too-large")).body("title", equalTo("请求过大"));
        nothingChanged();
        // the import's own limit: a file of 300,000 bytes is fine there (its rows are rejected, not the body)
        String rows = HEADER + row(company, "x".repeat(300_000));
        post(teamLead(zone), rows).statusCode(201).body("rejected", equalTo(1));
    }

    private ValidatableResponse refused(byte[] csv, int status, String code) {
        return teamLead(zone).body(csv).post("/api/v1/lead-imports").then()
                .statusCode(status).contentType("application/problem+json")
                .body("code", equalTo(code))
                .body("type", equalTo("https://zhaoshang.io/problems/" + code))
                .body("instance", equalTo("/api/v1/lead-imports"));
    }

    private ValidatableResponse refusedInChinese(byte[] csv, int status, String code) {
        return teamLead(zone).header("Accept-Language", "zh-CN").body(csv).post("/api/v1/lead-imports").then()
                .statusCode(status).contentType("application/problem+json")
                .body("code", equalTo(code));
    }

    private void nothingChanged() {
        assertThat(count("select count(*) from lead where zone = ?", zone)).isZero();
        assertThat(count("select count(*) from collision where zone = ?", zone)).isZero();
        assertThat(count("select count(*) from lead_import where zone = ?", zone)).isZero();
        assertThat(count("select count(*) from outbox_event where aggregate_type in ('lead', 'collision')"
                + " and payload::jsonb ->> 'zone' = ?", zone)).isZero();
    }
}
