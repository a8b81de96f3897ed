package io.zhaoshang.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.web.StrictJson;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reads bad bodies the way REST requests are read ({@link StrictJson}) and checks the problems. */
class JsonProblemsTest {

    enum Stage { NEGOTIATING, SIGNED }

    record Item(String name, int count) {
    }

    record NewProject(String name, Stage stage, int landMu, Money budget, List<Item> items) {
    }

    private final ObjectMapper strict = StrictJson.strict(new ObjectMapper());

    @Test
    void malformedJsonSaysWhere() {
        Problem problem = problemOf("{\"name\": \"x\",\n  \"stage\": }");
        assertThat(problem.getCode()).isEqualTo("malformed-json");
        assertThat(problem.getDetail()).contains("line 2, column 12");
        assertThat(problemOf("{\"name\": \"x\"").getCode()).isEqualTo("malformed-json");
        assertThat(problemOf("{\"name\": \"x\", \"name\": \"y\"}").getCode()).isEqualTo("malformed-json");
    }

    @Test
    void wrongTypesNameTheFieldPath() {
        Problem problem = problemOf("{\"items\": [{\"name\": \"a\", \"count\": 1}, {\"name\": \"b\", \"count\": \"many\"}]}");
        assertThat(problem.getCode()).isEqualTo("invalid-field-type");
        assertThat(problem.getErrors()).containsExactly(
                new FieldError("items[1].count", "invalid-field-type", "must be a JSON number"));

        assertThat(problemOf("{\"landMu\": 1.5}").getErrors()).extracting(FieldError::field).containsExactly("landMu");
        assertThat(problemOf("{\"name\": 12}").getErrors()).extracting(FieldError::field).containsExactly("name");
        assertThat(problemOf("{\"name\": {\"a\": 1}}").getErrors()).extracting(FieldError::field).containsExactly("name");
        assertThat(problemOf("{\"items\": {}}").getErrors()).extracting(FieldError::message)
                .containsExactly("must be a JSON array");
        assertThat(problemOf("{\"budget\": {\"amount\": \"lots\", \"currency\": \"CNY\"}}").getErrors())
                .extracting(FieldError::field).containsExactly("budget.amount");
    }

    @Test
    void aNumberTooLargeForItsFieldIsAFieldProblem() {
        Problem problem = problemOf("{\"landMu\": 99999999999}");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).extracting(FieldError::field).containsExactly("landMu");
    }

    @Test
    void anUnknownEnumValueListsTheAcceptedOnes() {
        Problem problem = problemOf("{\"stage\": \"WON\"}");
        assertThat(problem.getCode()).isEqualTo("invalid-enum-value");
        assertThat(problem.getDetail()).isEqualTo("The field stage must be one of: NEGOTIATING, SIGNED.");
        assertThat(problem.getMembers()).containsEntry("acceptedValues", List.of("NEGOTIATING", "SIGNED"));
    }

    @Test
    void anUnknownFieldIsRefused() {
        Problem problem = problemOf("{\"name\": \"x\", \"budget\": {\"amount\": \"1\", \"currency\": \"CNY\", \"rate\": 7}}");
        assertThat(problem.getCode()).isEqualTo("unknown-field");
        assertThat(problem.getErrors()).containsExactly(
                new FieldError("budget.rate", "unknown-field", "is not a known field"));
    }

    @Test
    void aBodyOfTheWrongShapeIsInvalidBody() {
        Problem problem = problemOf("[1, 2]");
        assertThat(problem.getCode()).isEqualTo("invalid-body");
        assertThat(problem.getDetail()).isEqualTo("The request body must be a JSON object.");
        assertThat(problemOf("{\"name\": \"x\"} trailing").getStatus()).isEqualTo(400);
    }

    @Test
    void theServersOwnMappingBugIsNotTheClientsProblem() {
        try {
            new ObjectMapper().writeValueAsString(new Object());
            fail("expected an InvalidDefinitionException");
        } catch (JacksonException e) {
            assertThat(JsonProblems.from(e)).isEmpty();
        }
    }

    private Problem problemOf(String body) {
        try {
            strict.readValue(body, NewProject.class);
        } catch (JacksonException e) {
            return Problem.of(JsonProblems.from(e).orElseThrow(), Locale.ENGLISH, "/api/v1/projects");
        }
        throw new AssertionError("expected " + body + " to be refused");
    }
}
