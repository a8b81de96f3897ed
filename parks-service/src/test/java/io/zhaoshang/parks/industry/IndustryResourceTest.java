package io.zhaoshang.parks.industry;

import static io.restassured.RestAssured.given;
import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.parks.ParksTestStack;
import io.zhaoshang.platform.security.Roles;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndustryResourceTest {

    private static final String PUBLISHED = "zhaoshang.industry-catalog.published.v1";

    /** The nine strategic emerging industries of 战略性新兴产业分类(2018), in its numbering. */
    private static final Map<String, String> STRATEGIC = new LinkedHashMap<>();

    static {
        STRATEGIC.put("SEI-01", "新一代信息技术产业");
        STRATEGIC.put("SEI-02", "高端装备制造产业");
        STRATEGIC.put("SEI-03", "新材料产业");
        STRATEGIC.put("SEI-04", "生物产业");
        STRATEGIC.put("SEI-05", "新能源汽车产业");
        STRATEGIC.put("SEI-06", "新能源产业");
        STRATEGIC.put("SEI-07", "节能环保产业");
        STRATEGIC.put("SEI-08", "数字创意产业");
        STRATEGIC.put("SEI-09", "相关服务业");
    }

    private static final List<String> TRADITIONAL = List.of("装备制造", "纺织服装", "食品加工", "化工", "现代物流", "商贸服务");

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    IndustryCatalogService catalogs;

    /** Anyone with a token reads the catalog, even of a zone this service has not registered. */
    private static RequestSpecification reader() {
        String token = ZhaoshangTestResource.tokens().issue("viewer-x", "NOWHERE-" + UUID.randomUUID(), null, Roles.VIEWER);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void the_catalog_has_the_nine_strategic_industries_and_the_traditional_sectors_with_sub_categories() {
        JsonPath catalog = reader().get("/api/v1/industries")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .extract().jsonPath();

        List<Map<String, Object>> items = catalog.getList("items");
        Map<String, String> strategic = new LinkedHashMap<>();
        items.stream().filter(item -> item.get("code").toString().startsWith("SEI-"))
                .forEach(item -> strategic.put(item.get("code").toString(), item.get("nameZh").toString()));
        assertThat(strategic).containsExactlyEntriesOf(STRATEGIC);
        List<String> traditional = items.stream().filter(item -> item.get("code").toString().startsWith("TRD-"))
                .map(item -> item.get("nameZh").toString()).toList();
        assertThat(traditional).containsAll(TRADITIONAL);

        for (Map<String, Object> item : items) {
            assertThat(item.get("parentCode")).isNull();
            assertThat(item.get("nameEn").toString()).isNotBlank();
            assertThat(descendants(item)).as("sub-categories of %s", item.get("code")).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(sub -> assertThat(sub.get("code").toString()).startsWith(item.get("code") + "."));
        }
        assertThat(catalog.getList("items.find { it.code == 'SEI-04' }.children.nameZh"))
                .contains("生物医药产业", "生物医学工程产业");
        assertThat(catalog.getList("items.find { it.code == 'SEI-01' }.children.find { it.code == 'SEI-01.02' }"
                + ".children.nameZh")).containsExactly("集成电路制造");

        assertThat(count("select count(*) from industry where parent_code is null and code like 'SEI-%'")).isEqualTo(9);
        assertThat(rows("select name_zh, name_en from industry where code = 'SEI-04.01'")).singleElement()
                .isEqualTo(Map.of("name_zh", "生物医药产业", "name_en", "Biomedicine"));
    }

    @Test
    void a_branch_of_the_catalog_and_one_industry() {
        reader().queryParam("parent", "SEI-04").get("/api/v1/industries")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("items.code", contains("SEI-04.01", "SEI-04.02", "SEI-04.03", "SEI-04.04", "SEI-04.05"))
                .body("items[0].nameZh", equalTo("生物医药产业"))
                .body("items[0].nameEn", equalTo("Biomedicine"))
                .body("items[0].parentCode", equalTo("SEI-04"));
        reader().get("/api/v1/industries/{code}", "SEI-01.02")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("nameZh", equalTo("电子核心产业"))
                .body("parentCode", equalTo("SEI-01"))
                .body("children.code", contains("SEI-01.02.04"))
                .body("children[0].children", hasSize(0));
    }

    @Test
    void an_unknown_code_is_not_found_and_an_unknown_parent_a_bad_request() {
        reader().get("/api/v1/industries/{code}", "SEI-99")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("not-found"))
                .body("detail", equalTo("There is no industry with id SEI-99."));
        reader().header("Accept-Language", "zh-CN").queryParam("parent", "SEI-99").get("/api/v1/industries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("unknown-industry"))
                .body("title", equalTo("未知产业"))
                .body("errors[0].field", equalTo("parent"));
    }

    @Test
    void reading_needs_a_token() {
        given().get("/api/v1/industries").then().statusCode(401).body("code", equalTo("unauthorized"));
        given().get("/api/v1/industries/SEI-01").then().statusCode(401);
    }

    @Test
    void the_catalog_is_published_once_with_every_entry() throws Exception {
        try (TopicProbe topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ParksTestStack.TOPIC)) {
            Predicate<ConsumerRecord<String, String>> catalogEvent = r -> PUBLISHED.equals(header(r, "ce_type"));
            ConsumerRecord<String, String> event = topic.awaitRecords(catalogEvent, 1, Duration.ofSeconds(30)).get(0);
            EventContract.assertValid(PUBLISHED, event.value());
            assertThat(event.key()).isEqualTo("industry-catalog");
            assertThat(header(event, "ce_subject")).isEqualTo("industry-catalog");
            assertThat(header(event, "ce_source")).isEqualTo("/zhaoshang/parks");
            JsonNode data = json.readTree(event.value());
            assertThat(data.get("version").asInt()).isEqualTo(1);
            assertThat(data.get("entries")).hasSize((int) count("select count(*) from industry"));
            JsonNode biomedicine = find(data.get("entries"), "SEI-04.01");
            assertThat(biomedicine.get("parentCode").asText()).isEqualTo("SEI-04");
            assertThat(biomedicine.get("nameZh").asText()).isEqualTo("生物医药产业");
            assertThat(biomedicine.get("nameEn").asText()).isEqualTo("Biomedicine");
            assertThat(find(data.get("entries"), "SEI-01").get("parentCode").isNull()).isTrue();

            // what a restart does: the version is recorded as published, so nothing more is written
            assertThat(catalogs.publishIfNew()).isFalse();
            assertThat(count("select count(*) from outbox_event where event_type = ?", PUBLISHED)).isEqualTo(1);
            assertThat(count("select count(*) from industry_catalog where version = 1 and published_at is not null"))
                    .isEqualTo(1);

            // an event written after it arriving shows that the relay has nothing older left to send
            String zone = "CAT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            String token = ZhaoshangTestResource.tokens().issue("zone-admin-x", zone, null, Roles.ZONE_ADMIN);
            String zoneId = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                    {"code": "%s", "name": "高新区", "city": "济宁市", "level": "NATIONAL"}
                    """.formatted(zone)).post("/api/v1/zones").then().statusCode(201).extract().path("id");
            topic.awaitRecords(r -> zoneId.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(topic.awaitRecords(catalogEvent, 1, Duration.ofSeconds(1))).hasSize(1);
        }
    }

    private static JsonNode find(JsonNode entries, String code) {
        for (JsonNode entry : entries) {
            if (entry.get("code").asText().equals(code)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + code + " in " + entries);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> descendants(Map<String, Object> item) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> child : (List<Map<String, Object>>) item.get("children")) {
            all.add(child);
            all.addAll(descendants(child));
        }
        return all;
    }
}
