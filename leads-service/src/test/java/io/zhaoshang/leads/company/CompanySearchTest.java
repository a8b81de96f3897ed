package io.zhaoshang.leads.company;

import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.leads.parks.ParksTopic;
import io.zhaoshang.platform.security.Roles;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding companies the way people write and type their names, and by USCC, tag and industry. */
@QuarkusTest
class CompanySearchTest {

    private String zone;
    private String huawei;
    private String bank;
    private String heavy;
    private String siemens;

    @BeforeEach
    void registerTheLibrary() {
        ParksTopic.ensureCatalog();
        zone = Companies.newZoneCode();
        huawei = Companies.register(zone, """
                {"name": "华为技术有限公司", "uscc": "%s", "aliases": ["华为"], "tags": ["FORTUNE_GLOBAL_500"],
                 "industryCodes": ["SEI-01.01"]}
                """.formatted(Companies.newUscc()));
        bank = Companies.register(zone, """
                {"name": "中國銀行股份有限公司", "uscc": "%s", "tags": ["CENTRAL_SOE", "LISTED"],
                 "industryCodes": ["SEI-04.01"]}
                """.formatted(Companies.newUscc()));
        heavy = Companies.register(zone, """
                {"name": "济宁重工集团", "uscc": "%s", "tags": ["LISTED"]}
                """.formatted(Companies.newUscc()));
        siemens = Companies.register(zone, """
                {"name": "Siemens AG", "country": "DE", "registrationNumber": "HRB 6684", "aliases": ["西门子（中国）"]}
                """);
    }

    private ValidatableResponse search(String parameter, String value) {
        return Companies.as(zone, Roles.VIEWER).queryParam(parameter, value).get("/api/v1/companies").then();
    }

    @Test
    void traditional_or_simplified_full_or_half_width_with_or_without_spaces_and_suffixes() {
        search("q", "華為技術").statusCode(200).body("items.id", contains(huawei));
        search("q", "华为 技术 有限公司").statusCode(200).body("items.id", contains(huawei));
        search("q", "中国银行").statusCode(200).body("items.id", contains(bank));
        search("q", "济宁重工有限公司").statusCode(200).body("items.id", contains(heavy));
        search("q", "重工").statusCode(200).body("items.id", contains(heavy));
        search("q", "SIEMENS").statusCode(200).body("items.id", contains(siemens));
    }

    @Test
    void by_pinyin_or_its_initials_full_width_too() {
        search("q", "hwjs").statusCode(200).body("items.id", contains(huawei));
        search("q", "ｈｗｊｓ").statusCode(200).body("items.id", contains(huawei));
        search("q", "HuaWei").statusCode(200).body("items.id", contains(huawei));
        search("q", "zgyh").statusCode(200).body("items.id", contains(bank));
        search("q", "zhongguo yinhang").statusCode(200).body("items.id", contains(bank));
        search("q", "jnzg").statusCode(200).body("items.id", contains(heavy));
    }

    @Test
    void by_an_alias() {
        search("q", "西门子").statusCode(200).body("items.id", contains(siemens));
        search("q", "xmz").statusCode(200).body("items.id", contains(siemens));
        search("q", "华为").statusCode(200).body("items.id", contains(huawei));
        search("q", "阿里巴巴").statusCode(200).body("items", hasSize(0));
    }

    @Test
    void the_keys_are_columns_of_their_own() {
        assertThat(rows("select name, normalised, pinyin, initials from company_name_key where company_id = ?::uuid"
                + " order by name", huawei)).containsExactly(
                Map.of("name", "华为", "normalised", "华为", "pinyin", "huawei", "initials", "hw"),
                Map.of("name", "华为技术有限公司", "normalised", "华为技术", "pinyin", "huaweijishu", "initials", "hwjs"));
        assertThat(rows("select indexname from pg_indexes where tablename = 'company_name_key'"))
                .extracting(row -> row.get("indexname"))
                .contains("company_name_key_normalised_trgm", "company_name_key_pinyin_trgm",
                        "company_name_key_initials_trgm");
    }

    @Test
    void by_industry_with_its_sub_categories_by_tag_and_by_uscc_together_with_a_name() {
        search("industry", "SEI-01").statusCode(200).body("items.id", contains(huawei));
        search("industry", "SEI-04.01").statusCode(200).body("items.id", contains(bank));
        search("industry", "SEI-04").statusCode(200).body("items.id", contains(bank));
        search("tag", "LISTED").statusCode(200).body("items.id", containsInAnyOrder(bank, heavy));
        Companies.as(zone, Roles.VIEWER).queryParam("tag", "LISTED").queryParam("q", "zgyh").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains(bank));
        String uscc = Companies.as(zone, Roles.VIEWER).get("/api/v1/companies/{id}", heavy).then().extract().path("uscc");
        Companies.as(zone, Roles.VIEWER).queryParam("uscc", uscc).queryParam("q", "hwjs").get("/api/v1/companies")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void another_zone_finds_nothing_of_this_one() {
        Companies.as(Companies.newZoneCode(), Roles.VIEWER).queryParam("q", "hwjs").get("/api/v1/companies")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void bad_search_values_are_a_400_naming_the_parameter() {
        search("q", "？！ ").statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid-search")).body("errors.field", contains("q"));
        search("q", "华".repeat(101)).statusCode(400).body("code", equalTo("invalid-search"));
        search("industry", "C17").statusCode(400).body("code", equalTo("unknown-industry"))
                .body("errors.field", contains("industry"));
        search("status", "GONE").statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("acceptedValues", hasItem("MERGED"));
    }
}
