package io.zhaoshang.projects.statistics;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.projects.project.Projects;
import io.zhaoshang.projects.stage.Stages;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The ledger (台账) as CSV: quoted per RFC 4180, filtered and scoped like the JSON list, every row streamed. */
@QuarkusTest
class LedgerExportTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] export(io.restassured.specification.RequestSpecification caller, String query) {
        return caller.accept("text/csv").get("/api/v1/projects" + query).then().statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"ledger-"))
                .extract().asByteArray();
    }

    private static List<CSVRecord> records(byte[] csv) throws IOException {
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark").isEqualTo(BOM);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void a_name_with_quotes_commas_and_a_line_break_is_quoted_and_reads_back_whole() throws IOException {
        String zone = Projects.newZone();
        String id = Projects.member(zone).body(Projects.bodyWith("年产\\\"10GWh\\\",动力\\n电池", null,
                "{\"amount\": \"1200000000\", \"currency\": \"CNY\"}", "\"commissioner\": \"张伟\""))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        String code = Projects.member(zone).get("/api/v1/projects/{id}", id).then().extract().path("code");

        byte[] csv = export(Projects.admin(zone), "");

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF项目编号,项目名称,企业名称,统一社会信用代码,所属队伍,");
        assertThat(text).contains(code + ",\"年产\"\"10GWh\"\",动力\n电池\",济宁新能源科技有限公司,");
        List<CSVRecord> records = records(csv);
        assertThat(records).hasSize(1);
        CSVRecord row = records.get(0);
        assertThat(row.get("项目名称")).isEqualTo("年产\"10GWh\",动力\n电池");
        assertThat(row.get("所属队伍")).isEqualTo("TEAM-A");
        assertThat(row.get("业绩分成")).isEqualTo("TEAM-A 100%");
        assertThat(row.get("阶段")).isEqualTo("在谈");
        assertThat(row.get("阶段代码")).isEqualTo("NEGOTIATING");
        assertThat(row.get("规模")).isEqualTo("10亿元以上");
        assertThat(row.get("总投资（元）")).isEqualTo("1200000000.00");
        assertThat(row.get("到资（元）")).isEqualTo("0.00");
        assertThat(row.get("签约金额（元）")).isEmpty();
        assertThat(row.get("委派专员")).isEqualTo("张伟");
        assertThat(row.get("外资")).isEqualTo("否");
        assertThat(row.get("用地（亩）")).isEqualTo("120.50");
        assertThat(row.get("未解除预警数")).isEqualTo("0");
        assertThat(row.get("入库日期")).isEqualTo(Stages.TODAY.toString());
    }

    @Test
    void the_filters_and_the_callers_team_narrow_it_as_they_narrow_the_list() throws IOException {
        String zone = Projects.newZone();
        String signed = Projects.create(zone, "300000000");
        Stages.move(zone, signed, Stages.signing()).statusCode(200);
        Projects.create(zone, "80000000");
        Projects.as(zone, Projects.OTHER_TEAM, Roles.TEAM_MEMBER).body(Projects.body("B 的项目", null, "60000000"))
                .post("/api/v1/projects").then().statusCode(201);

        assertThat(records(export(Projects.admin(zone), ""))).hasSize(3);
        // without asking for CSV the list stays JSON, whatever else the client accepts
        Projects.admin(zone).get("/api/v1/projects").then().statusCode(200).contentType("application/json")
                .body("items.size()", equalTo(3));
        Projects.admin(zone).accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/api/v1/projects").then()
                .statusCode(200).contentType("application/json");
        List<CSVRecord> signedOnly = records(export(Projects.admin(zone), "?stage=SIGNED"));
        assertThat(signedOnly).extracting(row -> row.get("阶段")).containsExactly("签约");
        assertThat(signedOnly.get(0).get("签约金额（元）")).isEqualTo("1150000000.00");
        assertThat(signedOnly.get(0).get("协议类型")).isEqualTo("投资协议");
        assertThat(records(export(Projects.admin(zone), "?tier=REGULAR"))).hasSize(2);
        assertThat(records(export(Projects.admin(zone), "?ownerTeam=TEAM-B"))).extracting(row -> row.get("项目名称"))
                .containsExactly("B 的项目");
        // a team member exports only their own team's projects
        assertThat(records(export(Projects.as(zone, Projects.OTHER_TEAM, Roles.TEAM_MEMBER), "")))
                .extracting(row -> row.get("所属队伍")).containsExactly("TEAM-B");
        Projects.admin(zone).accept("text/csv").header("Accept-Language", "zh-CN").get("/api/v1/projects?stage=DONE")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid-enum-value")).body("title", equalTo("未知的取值"));
    }

    @Test
    void a_ledger_of_many_fetches_is_streamed_to_its_last_row() throws IOException {
        String zone = Projects.newZoneCode();
        int projects = LedgerExport.FETCH_SIZE * 10 + 7;
        // written straight into the table: 5,007 projects through the API would take minutes
        assertThat(count("""
                with created as (
                  insert into project (id, zone, code, name, company_name, industry_code, chain_role, owner_team,
                    total_investment_amount, total_investment_currency, total_investment_cny_equivalent,
                    foreign_investment, stage, tier, version, created_at, created_by, updated_at, updated_by,
                    team_shares, stage_since, last_progress_at)
                  select gen_random_uuid(), ?, ? || '-' || lpad(n::text, 6, '0'), '项目 ' || n, '企业 ' || n, 'SEI-04.01',
                    'FILL_CHAIN', 'TEAM-A', n, 'CNY', n, false, 'NEGOTIATING', 'REGULAR', 0, now(), 'test', now(), 'test',
                    '{"TEAM-A": 100}', current_date, now()
                  from generate_series(1, ?) n
                  returning 1)
                select count(*) from created""", zone, zone, projects)).isEqualTo(projects);

        List<CSVRecord> records = records(export(Projects.admin(zone), ""));

        assertThat(records).hasSize(projects);
        assertThat(records).extracting(row -> row.get("项目编号")).doesNotHaveDuplicates()
                .contains(zone + "-000001", zone + "-" + String.format("%06d", projects));
    }
}
