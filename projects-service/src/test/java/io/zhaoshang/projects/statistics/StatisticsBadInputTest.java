package io.zhaoshang.projects.statistics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.projects.project.Projects;
import org.junit.jupiter.api.Test;

/** A statistics question that cannot be answered as asked is a 400 problem, in English and in Chinese. */
@QuarkusTest
class StatisticsBadInputTest {

    private final String zone = Projects.newZoneCode();

    private ValidatableResponse ask(String query) {
        return Projects.admin(zone).get("/api/v1/statistics" + query).then()
                .statusCode(400).contentType("application/problem+json");
    }

    private ValidatableResponse askInChinese(String query) {
        return Projects.admin(zone).header("Accept-Language", "zh-CN").get("/api/v1/statistics" + query).then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void an_unknown_dimension() {
        ask("?groupBy=stage,city").body("code", equalTo("invalid-enum-value"))
                .body("type", equalTo("https://zhaoshang.io/problems/invalid-enum-value"))
                .body("errors.field", contains("groupBy"))
                .body("acceptedValues", contains("stage", "park", "industry", "team", "tier", "period"));
        askInChinese("?groupBy=city").body("code", equalTo("invalid-enum-value")).body("title", equalTo("未知的取值"));
    }

    @Test
    void more_than_two_dimensions_or_one_twice() {
        ask("?groupBy=stage,team,tier").body("code", equalTo("invalid-group-by"))
                .body("detail", equalTo("Group statistics by at most 2 different dimensions."));
        ask("?groupBy=stage&groupBy=stage").body("code", equalTo("invalid-group-by"));
        askInChinese("?groupBy=stage,team,tier").body("title", equalTo("分组无效"))
                .body("detail", equalTo("统计最多按 2 个不同的维度分组。"));
    }

    @Test
    void a_bad_period() {
        ask("?groupBy=period&period=WEEK&year=2026").body("code", equalTo("invalid-enum-value"))
                .body("acceptedValues", contains("MONTH", "QUARTER", "YEAR"));
        ask("?period=MONTH&year=2026").body("code", equalTo("period-not-grouped"));
        ask("?groupBy=period").body("code", equalTo("window-required"));
        askInChinese("?groupBy=period").body("title", equalTo("需要统计区间"));
    }

    @Test
    void from_after_to_and_other_bad_windows() {
        ask("?from=2026-06-01&to=2026-05-31").body("code", equalTo("from-after-to"))
                .body("detail", equalTo("The window starts on 2026-06-01, after its last day 2026-05-31."))
                .body("errors.field", contains("from"));
        askInChinese("?from=2026-06-01&to=2026-05-31").body("title", equalTo("起始日期晚于结束日期"))
                .body("detail", equalTo("统计区间起始日期 2026-06-01 晚于结束日期 2026-05-31。"));
        ask("?from=2026-06-01").body("code", equalTo("window-incomplete")).body("errors.field", contains("to"));
        ask("?year=2026&from=2026-01-01&to=2026-02-01").body("code", equalTo("window-conflict"));
        ask("?year=26").body("code", equalTo("invalid-year"));
        ask("?from=2026-13-01&to=2026-12-31").body("code", equalTo("invalid-date")).body("errors.field", contains("from"));
    }

    @Test
    void bad_filters() {
        ask("?stage=SIGNING").body("code", equalTo("invalid-enum-value"));
        ask("?tier=HUGE").body("code", equalTo("invalid-enum-value"));
        ask("?parkId=park-1").body("code", equalTo("invalid-park-filter"));
    }
}
