package io.zhaoshang.parks.map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.parks.ParksApi;
import io.zhaoshang.platform.security.Roles;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The industry map of a zone built through the API (zone, parks, parcels and a reservation,
 * carriers, leases, a merge and a retirement). Asked for 电子核心产业 (SEI-01.02) with
 * 100 mu of industrial land and 500 m² in one carrier:
 * <pre>
 * park      leading industries      free industrial land    vacant space (largest)   expected
 * CORE-B    TRD-01, SEI-01.02       150 (150)               800 (800)                1 LEADING, both fit
 * CORE-A    SEI-01.02               110 (60)                700 (400)                2 LEADING, land fits, position 1, more land
 * CORE-SUB  SEI-01.02, in CORE-A    30 (30)                 600 (600)                3 LEADING, space fits, less land
 * CORE-C    SEI-01.02, TRD-01       0                       0                        4 LEADING, nothing fits
 * IT        SEI-01                  500 (500)               2000 (2000)              5 PARENT, both fit
 * IC        SEI-01.02.04            0                       0                        6 SUB
 * SOFT      SEI-01.03 (a sibling), GONE (merged), OLD (retired), CORE-X (another zone): never on the map
 * </pre>
 * CORE-A also has land that does not count: 200 mu COMMERCIAL, 300 mu RESERVE, 80 mu RESERVED.
 */
@QuarkusTest
class IndustryMapResourceTest {

    // Built once, read by every test of this class, never changed by them.
    private static String zone;
    private static String otherZone;
    private static String coreA;

    @BeforeEach
    void buildTheZones() {
        if (zone != null) {
            return;
        }
        zone = ParksApi.newZoneCode("M");
        ParksApi.registerZone(zone);
        coreA = park("CORE-A", "SPECIALIZED_PARK", "ACTIVE", null, "SEI-01.02");
        Parcels.free(zone, coreA, "60", "INDUSTRIAL", "AVAILABLE");
        Parcels.free(zone, coreA, "50", "INDUSTRIAL", "AVAILABLE");
        Parcels.free(zone, coreA, "200", "COMMERCIAL", "AVAILABLE");
        Parcels.free(zone, coreA, "300", "INDUSTRIAL", "RESERVE");
        Parcels.reserved(zone, coreA, "80", "INDUSTRIAL");
        lease(carrier("A-F1", coreA, "1000"), "600");
        carrier("A-F2", coreA, "300");

        String coreB = park("CORE-B", "NEW_DISTRICT", "PLANNED", null, "TRD-01", "SEI-01.02");
        Parcels.free(zone, coreB, "150", "INDUSTRIAL", "AVAILABLE");
        carrier("B-F1", coreB, "800");

        String coreSub = park("CORE-SUB", "INCUBATOR", "ACTIVE", coreA, "SEI-01.02");
        Parcels.free(zone, coreSub, "30", "INDUSTRIAL", "AVAILABLE");
        carrier("S-F1", coreSub, "600");

        park("CORE-C", "SPECIALIZED_PARK", "ACTIVE", null, "SEI-01.02", "TRD-01");

        String it = park("IT", "SPECIALIZED_PARK", "ACTIVE", null, "SEI-01");
        Parcels.free(zone, it, "500", "INDUSTRIAL", "AVAILABLE");
        carrier("IT-F1", it, "2000");

        String ic = park("IC", "SPECIALIZED_PARK", "ACTIVE", null, "SEI-01.02.04");
        park("SOFT", "SPECIALIZED_PARK", "ACTIVE", null, "SEI-01.03");

        String gone = park("GONE", "SPECIALIZED_PARK", "ACTIVE", null, "SEI-01.02");
        ParksApi.admin(zone).header("If-Match", "\"0\"").body(ParksApi.json(Map.of("intoParkId", ic)))
                .post("/api/v1/parks/{id}/merges", gone).then().statusCode(200);
        String old = park("OLD", "SPECIALIZED_PARK", "ACTIVE", null, "SEI-01.02");
        Parcels.free(zone, old, "999", "INDUSTRIAL", "AVAILABLE");
        carrier("OLD-F1", old, "5000");
        ParksApi.admin(zone).header("If-Match", "\"0\"").post("/api/v1/parks/{id}/retirements", old).then().statusCode(200);

        otherZone = ParksApi.newZoneCode("M");
        ParksApi.registerZone(otherZone);
        String theirs = register(otherZone, parkRequest("CORE-X", "SPECIALIZED_PARK", "ACTIVE", null, "SEI-01.02"));
        Parcels.free(otherZone, theirs, "700", "INDUSTRIAL", "AVAILABLE");
    }

    private static ValidatableResponse map(RequestSpecification caller, Map<String, Object> query) {
        return caller.queryParams(query).get("/api/v1/industry-map").then()
                .statusCode(200).contentType(ContentType.JSON);
    }

    private static Map<String, Object> electronicsWithLandAndSpace() {
        return Map.of("industry", "SEI-01.02", "landMu", "100", "spaceSqm", "500", "landUse", "INDUSTRIAL");
    }

    @Test
    void ranks_the_open_parks_by_match_then_needs_met_then_position_then_land_and_space() {
        map(ParksApi.as(zone, Roles.VIEWER), electronicsWithLandAndSpace())
                .header("Content-Language", "en")
                .body("industry.code", equalTo("SEI-01.02"))
                .body("industry.nameZh", equalTo("电子核心产业"))
                .body("industry.nameEn", equalTo("Core electronics"))
                .body("need.landMu", equalTo(100))
                .body("need.spaceSqm", equalTo(500))
                .body("need.landUse", equalTo("INDUSTRIAL"))
                .body("total", equalTo(6))
                .body("items.rank", contains(1, 2, 3, 4, 5, 6))
                .body("items.park.code", contains("CORE-B", "CORE-A", "CORE-SUB", "CORE-C", "IT", "IC"))
                .body("items.park.status", contains("PLANNED", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE"))
                .body("items.park.kind", contains("NEW_DISTRICT", "SPECIALIZED_PARK", "INCUBATOR", "SPECIALIZED_PARK",
                        "SPECIALIZED_PARK", "SPECIALIZED_PARK"))
                .body("items[1].park.id", equalTo(coreA))
                .body("items[1].park.name", equalTo("园区 CORE-A"))
                .body("items.park.parentId", contains(null, null, coreA, null, null, null))
                .body("items.match.kind", contains("LEADING_INDUSTRY", "LEADING_INDUSTRY", "LEADING_INDUSTRY",
                        "LEADING_INDUSTRY", "PARENT_INDUSTRY", "SUB_INDUSTRY"))
                .body("items.match.matchedIndustry", contains("SEI-01.02", "SEI-01.02", "SEI-01.02", "SEI-01.02",
                        "SEI-01", "SEI-01.02.04"))
                .body("items.match.position", contains(2, 1, 1, 1, 1, 1))
                // the sub-park's land and space are its own, not added to CORE-A's
                .body("items.land.freeMu", contains(150f, 110f, 30f, 0f, 500f, 0f))
                .body("items.land.largestParcelMu", contains(150f, 60f, 30f, 0f, 500f, 0f))
                .body("items.land.fits", contains(true, true, false, false, true, false))
                .body("items.space.vacantSqm", contains(800f, 700f, 600f, 0f, 2000f, 0f))
                .body("items.space.largestVacancySqm", contains(800f, 400f, 600f, 0f, 2000f, 0f))
                .body("items.space.fits", contains(true, false, true, false, true, false))
                .body("items[0].reasons.code", contains("leading-industry", "land-fits", "space-fits"))
                .body("items[0].reasons.text", contains(
                        "Leading industry no. 2: Core electronics (SEI-01.02), the industry asked for.",
                        "150 mu of industrial land free (largest parcel 150 mu): enough for the 100 mu needed.",
                        "A carrier with 800 m² vacant: enough for the 500 m² needed (800 m² vacant in all)."))
                .body("items[1].reasons.code", contains("leading-industry", "land-fits", "space-short"))
                .body("items[1].reasons.text[2]",
                        equalTo("No carrier with 500 m² vacant: the largest vacancy is 400 m² (700 m² vacant in all)."))
                .body("items[2].reasons.text[1]", equalTo(
                        "Only 30 mu of industrial land free (largest parcel 30 mu): less than the 100 mu needed."))
                .body("items[4].reasons.code", contains("parent-industry", "land-fits", "space-fits"))
                .body("items[4].reasons.text[0]", equalTo("Leading industry no. 1: New-generation information "
                        + "technology (SEI-01), the category SEI-01.02 belongs to."))
                .body("items[5].reasons.code", contains("sub-industry", "land-short", "space-short"))
                .body("items[5].reasons.text", contains(
                        "Leading industry no. 1: Integrated circuit manufacturing (SEI-01.02.04), a sub-category of "
                                + "SEI-01.02.",
                        "Only 0 mu of industrial land free (largest parcel 0 mu): less than the 100 mu needed.",
                        "No carrier with 500 m² vacant: the largest vacancy is 0 m² (0 m² vacant in all)."));
    }

    @Test
    void explains_in_chinese_when_asked() {
        map(ParksApi.as(zone, Roles.TEAM_MEMBER).header("Accept-Language", "zh-CN"), electronicsWithLandAndSpace())
                .header("Content-Language", "zh-CN")
                .header("Vary", "Accept-Language")
                .body("items.park.code", contains("CORE-B", "CORE-A", "CORE-SUB", "CORE-C", "IT", "IC"))
                .body("items[0].reasons.text", contains(
                        "第 2 位主导产业：电子核心产业（SEI-01.02），即所查产业。",
                        "可供工业用地 150 亩（最大地块 150 亩），满足所需 100 亩。",
                        "有载体空置 800 平方米，满足所需 500 平方米（共空置 800 平方米）。"))
                .body("items[2].reasons.text", contains(
                        "第 1 位主导产业：电子核心产业（SEI-01.02），即所查产业。",
                        "可供工业用地仅 30 亩（最大地块 30 亩），不足所需 100 亩。",
                        "有载体空置 600 平方米，满足所需 500 平方米（共空置 600 平方米）。"))
                .body("items[1].reasons.text[2]", equalTo("没有空置达 500 平方米的载体：最大空置 400 平方米（共空置 700 平方米）。"))
                .body("items[4].reasons.text[0]", equalTo("第 1 位主导产业：新一代信息技术产业（SEI-01），为 SEI-01.02 所属的上级门类。"))
                .body("items[5].reasons.text[0]", equalTo("第 1 位主导产业：集成电路制造（SEI-01.02.04），为 SEI-01.02 的子类。"));
    }

    @Test
    void a_broader_industry_reaches_the_parks_of_its_sub_categories_and_the_limit_cuts_the_list() {
        // no need asked: all AVAILABLE land counts (CORE-A: 60 + 50 + 200 COMMERCIAL), nothing fits or misses
        map(ParksApi.as(zone, Roles.VIEWER), Map.of("industry", "SEI-01"))
                .body("need.landMu", nullValue())
                .body("need.spaceSqm", nullValue())
                .body("need.landUse", nullValue())
                .body("total", equalTo(7))
                .body("items.park.code", contains("IT", "CORE-A", "CORE-SUB", "CORE-C", "IC", "SOFT", "CORE-B"))
                .body("items.match.kind", contains("LEADING_INDUSTRY", "SUB_INDUSTRY", "SUB_INDUSTRY", "SUB_INDUSTRY",
                        "SUB_INDUSTRY", "SUB_INDUSTRY", "SUB_INDUSTRY"))
                .body("items.land.freeMu", contains(500f, 310f, 30f, 0f, 0f, 0f, 150f))
                .body("items[1].land.largestParcelMu", equalTo(200f))
                .body("items.land.fits", contains(null, null, null, null, null, null, null))
                .body("items.space.fits", contains(null, null, null, null, null, null, null))
                .body("items[0].reasons.text", contains(
                        "Leading industry no. 1: New-generation information technology (SEI-01), the industry asked for."))
                .body("items[6].reasons.text", contains(
                        "Leading industry no. 2: Core electronics (SEI-01.02), a sub-category of SEI-01."));

        map(ParksApi.as(zone, Roles.VIEWER), Map.of("industry", "SEI-01", "limit", "3"))
                .body("total", equalTo(7))
                .body("items.rank", contains(1, 2, 3))
                .body("items.park.code", contains("IT", "CORE-A", "CORE-SUB"));
    }

    @Test
    void a_land_use_counts_only_its_own_parcels() {
        map(ParksApi.as(zone, Roles.VIEWER), Map.of("industry", "SEI-01.02", "landMu", "150", "landUse", "COMMERCIAL"))
                // CORE-A meets the need and leads; CORE-SUB before CORE-C for its vacant space
                .body("items.park.code", contains("CORE-A", "CORE-SUB", "CORE-C", "CORE-B", "IT", "IC"))
                .body("items.land.freeMu", contains(200f, 0f, 0f, 0f, 0f, 0f))
                .body("items.land.fits", contains(true, false, false, false, false, false))
                .body("items.space.fits", contains(null, null, null, null, null, null))
                .body("items[0].reasons.text[1]",
                        equalTo("200 mu of commercial land free (largest parcel 200 mu): enough for the 150 mu needed."));
    }

    @Test
    void each_zone_sees_only_its_own_parks() {
        map(ParksApi.as(otherZone, Roles.VIEWER), electronicsWithLandAndSpace())
                .body("total", equalTo(1))
                .body("items.park.code", contains("CORE-X"))
                .body("items[0].land.freeMu", equalTo(700f))
                .body("items[0].space.vacantSqm", equalTo(0f));
        String unknownZone = ParksApi.newZoneCode("M"); // not even registered: an empty map, not an error
        map(ParksApi.as(unknownZone, Roles.VIEWER), electronicsWithLandAndSpace())
                .body("total", equalTo(0))
                .body("items", empty());
    }

    @Test
    void an_industry_no_park_wants_gives_an_empty_map() {
        map(ParksApi.as(zone, Roles.VIEWER), Map.of("industry", "TRD-08"))
                .body("industry.code", equalTo("TRD-08"))
                .body("total", equalTo(0))
                .body("items", empty());
    }

    // --- the zone, through the API ---

    private static String park(String code, String kind, String status, String parentId, String... industries) {
        return register(zone, parkRequest(code, kind, status, parentId, industries));
    }

    private static Map<String, Object> parkRequest(String code, String kind, String status, String parentId,
            String... industries) {
        Map<String, Object> park = new LinkedHashMap<>();
        park.put("code", code);
        park.put("name", "园区 " + code);
        park.put("kind", kind);
        park.put("status", status);
        park.put("areaMu", new BigDecimal("1000"));
        park.put("leadingIndustries", List.of(industries));
        park.put("parentId", parentId);
        return park;
    }

    private static String register(String zone, Map<String, Object> park) {
        return ParksApi.admin(zone).body(ParksApi.json(park)).post("/api/v1/parks").then().statusCode(201).extract().path("id");
    }

    private static String carrier(String code, String parkId, String floorAreaSqm) {
        Map<String, Object> carrier = Map.of("code", code, "name", "标准厂房 " + code, "parkId", parkId,
                "kind", "STANDARD_FACTORY", "floorAreaSqm", new BigDecimal(floorAreaSqm));
        return ParksApi.admin(zone).body(ParksApi.json(carrier)).post("/api/v1/carriers").then().statusCode(201).extract().path("id");
    }

    private static void lease(String carrierId, String areaSqm) {
        Map<String, Object> lease = Map.of("projectId", UUID.randomUUID().toString(),
                "areaSqm", new BigDecimal(areaSqm), "from", "2026-04-01");
        ParksApi.admin(zone).body(ParksApi.json(lease)).post("/api/v1/carriers/{id}/leases", carrierId).then().statusCode(201);
    }
}
