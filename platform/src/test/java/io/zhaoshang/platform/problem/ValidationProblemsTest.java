package io.zhaoshang.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.value.ValidMoney;
import io.zhaoshang.platform.value.ValidUscc;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationProblemsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Company(@NotBlank String name, @ValidUscc String uscc) {
    }

    record NewLead(@NotNull @Valid Company company, @ValidMoney Money budget, List<@Size(max = 3) String> tags) {
    }

    /** Stands for a resource method: a body and a query parameter. */
    static class Leads {
        public void register(@NotNull @Valid NewLead body, @QueryParam("dryRun") @Size(max = 5) String dryRun) {
        }
    }

    @Test
    void oneErrorPerViolationWithJsonPathAndConstraintCode() {
        NewLead lead = new NewLead(new Company("", "91440300708461136X"),
                new Money(new BigDecimal("1.001"), "CNY", null), List.of("ok", "too long"));

        Problem problem = Problem.of(ValidationProblems.from(VALIDATOR.validate(lead), null), Locale.ENGLISH, "/x");

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getCode()).isEqualTo("validation-failed");
        assertThat(problem.getErrors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("budget.amount", "Money"),
                org.assertj.core.groups.Tuple.tuple("company.name", "NotBlank"),
                org.assertj.core.groups.Tuple.tuple("company.uscc", "Uscc"),
                org.assertj.core.groups.Tuple.tuple("tags[1]", "Size"));
        assertThat(problem.getErrors()).extracting(FieldError::message)
                .contains("must have at most 2 decimals", "must not be blank");
    }

    @Test
    void messagesFollowTheCallersLanguage() {
        var violations = VALIDATOR.validate(new NewLead(new Company("x", "bad"), null, null));
        Problem problem = Problem.of(ValidationProblems.from(violations, null), Locale.SIMPLIFIED_CHINESE, "/x");
        assertThat(problem.getErrors()).extracting(FieldError::message)
                .containsExactly("不是有效的统一社会信用代码（18 位且校验码正确）");
    }

    @Test
    void parametersAreNamedAndAMissingBodyIsBodyRequired() throws Exception {
        Method register = Leads.class.getMethod("register", NewLead.class, String.class);
        var executables = VALIDATOR.forExecutables();

        var missingBody = executables.validateParameters(new Leads(), register, new Object[] {null, null});
        assertThat(ValidationProblems.from(missingBody, register).code()).isEqualTo("body-required");

        var longParameter = executables.validateParameters(new Leads(), register,
                new Object[] {new NewLead(new Company("x", null), null, null), "123456"});
        Problem problem = Problem.of(ValidationProblems.from(longParameter, register), Locale.ENGLISH, "/x");
        assertThat(problem.getErrors()).extracting(FieldError::field).containsExactly("dryRun");

        var badBody = executables.validateParameters(new Leads(), register,
                new Object[] {new NewLead(null, null, null), null});
        assertThat(Problem.of(ValidationProblems.from(badBody, register), Locale.ENGLISH, "/x").getErrors())
                .extracting(FieldError::field).containsExactly("company");
    }
}
