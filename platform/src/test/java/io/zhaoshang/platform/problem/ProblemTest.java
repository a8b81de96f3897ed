package io.zhaoshang.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void rendersAnRfc9457BodyWithCodeAndExtraMembers() throws Exception {
        UUID owner = UUID.fromString("0190f5a4-7c1e-7d3a-9b2f-3c4d5e6f7a8b");
        ProblemException conflict = ProblemException.conflict("conflict").with("existingOwner", owner);

        JsonNode body = json.valueToTree(Problem.of(conflict, Locale.ENGLISH, "/api/v1/leads"));

        assertThat(body.get("type").asText()).isEqualTo("https://zhaoshang.io/problems/conflict");
        assertThat(body.get("title").asText()).isEqualTo("Conflict");
        assertThat(body.get("status").asInt()).isEqualTo(409);
        assertThat(body.get("detail").asText()).isEqualTo("The request conflicts with the current state of the resource.");
        assertThat(body.get("instance").asText()).isEqualTo("/api/v1/leads");
        assertThat(body.get("code").asText()).isEqualTo("conflict");
        assertThat(body.get("existingOwner").asText()).isEqualTo(owner.toString());
        assertThat(body.has("errors")).isFalse();
        assertThat(body.fieldNames()).toIterable().startsWith("type", "title", "status", "detail", "instance", "code");
    }

    @Test
    void aMemberCannotReplaceOneEveryProblemHas() {
        ProblemException problem = ProblemException.conflict("lead-closed");
        for (String reserved : List.of("type", "title", "status", "detail", "instance", "code", "errors")) {
            assertThatThrownBy(() -> problem.with(reserved, "CONVERTED"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reserved);
        }
        assertThat(problem.with("leadStatus", "CONVERTED").members())
                .containsEntry("leadStatus", "CONVERTED");
    }

    @Test
    void speaksChineseWhenAsked() {
        Problem problem = Problem.of(ProblemException.notFound("lead", 42), Locale.SIMPLIFIED_CHINESE, "/x");
        assertThat(problem.getTitle()).isEqualTo("未找到");
        assertThat(problem.getDetail()).isEqualTo("不存在 id 为 42 的lead。");
    }

    @Test
    void notFoundNamesTheResourceAndId() {
        Problem problem = Problem.of(ProblemException.notFound("lead", 12345), Locale.ENGLISH, "/x");
        assertThat(problem.getDetail()).isEqualTo("There is no lead with id 12345.");
        assertThat(problem.getStatus()).isEqualTo(404);
    }

    @Test
    void anUnknownCodeStillHasATitleFromItsStatus() {
        Problem problem = Problem.of(ProblemException.unprocessable("stage-skipped"), Locale.ENGLISH, "/x");
        assertThat(problem.getTitle()).isNotBlank();
        assertThat(problem.getDetail()).isNull();
        assertThat(problem.getCode()).isEqualTo("stage-skipped");
    }

    @Test
    void errorEntriesAreLocalizedAndSorted() {
        ProblemException problem = ProblemException.badRequest("validation-failed", 3)
                .withResolvedError("uscc", "Uscc", "{zhaoshang.uscc.invalid}")
                .withResolvedError("name", "NotBlank", "不能为空")
                .withError("stage", "invalid-enum-value", "stage", java.util.List.of("NEW", "SIGNED"));

        Problem chinese = Problem.of(problem, Locale.SIMPLIFIED_CHINESE, "/x");

        assertThat(chinese.getDetail()).isEqualTo("请求中有 3 个字段无效。");
        assertThat(chinese.getErrors()).containsExactly(
                new FieldError("name", "NotBlank", "不能为空"),
                new FieldError("stage", "invalid-enum-value", "必须是以下之一：NEW, SIGNED"),
                new FieldError("uscc", "Uscc", "不是有效的统一社会信用代码（18 位且校验码正确）"));
        assertThat(Problem.of(problem, Locale.ENGLISH, "/x").getDetail())
                .isEqualTo("3 fields of the request are not valid.");
        assertThat(Problem.of(ProblemException.badRequest("validation-failed", 1), Locale.ENGLISH, "/x").getDetail())
                .isEqualTo("One field of the request is not valid.");
    }
}
