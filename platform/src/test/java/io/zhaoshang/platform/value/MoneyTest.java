package io.zhaoshang.platform.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private final ObjectMapper json = new ObjectMapper();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Deal(@ValidMoney Money price) {
    }

    @Test
    void writesAmountsAsDecimalStringsWithTwoDecimals() throws Exception {
        assertThat(json.writeValueAsString(Money.cny("1200000000")))
                .isEqualTo("{\"amount\":\"1200000000.00\",\"currency\":\"CNY\"}");
        assertThat(json.writeValueAsString(Money.of(new BigDecimal("1E+3"), "USD", new BigDecimal("7200.5"))))
                .isEqualTo("{\"amount\":\"1000.00\",\"currency\":\"USD\",\"cnyEquivalent\":\"7200.50\"}");
    }

    @Test
    void readsAmountsGivenAsStringsOrNumbers() throws Exception {
        Money fromString = json.readValue("{\"amount\": \"1200000000.00\", \"currency\": \"CNY\"}", Money.class);
        Money fromNumber = json.readValue("{\"amount\": 1200000000, \"currency\": \"CNY\"}", Money.class);
        assertThat(fromString).isEqualTo(fromNumber).isEqualTo(Money.cny("1200000000.00"));
        assertThat(json.readValue(json.writeValueAsString(fromString), Money.class)).isEqualTo(fromString);
    }

    @Test
    void keepsEveryDigitOfLargeAmounts() throws Exception {
        Money money = json.readValue("{\"amount\": 12345678901234567.89, \"currency\": \"CNY\"}", Money.class);
        assertThat(money.amount()).isEqualByComparingTo("12345678901234567.89");
        assertThat(json.writeValueAsString(money)).contains("\"12345678901234567.89\"");
    }

    @Test
    void tellsItsCnyAmount() {
        assertThat(Money.cny("5").inCny()).isEqualByComparingTo("5");
        assertThat(Money.of(BigDecimal.ONE, "USD", new BigDecimal("7.2")).inCny()).isEqualByComparingTo("7.2");
    }

    @Test
    void validMoneyPasses() {
        assertThat(VALIDATOR.validate(new Deal(Money.cny("0.10")))).isEmpty();
        assertThat(VALIDATOR.validate(new Deal(Money.of(BigDecimal.TEN, "USD", new BigDecimal("72"))))).isEmpty();
        assertThat(VALIDATOR.validate(new Deal(null))).isEmpty();
    }

    @Test
    void reportsEachBrokenRuleOnItsField() {
        assertThat(violations(new Money(new BigDecimal("-1"), "CNY", null)))
                .containsExactly(tuple("price.amount", "{zhaoshang.money.negative}"));
        assertThat(violations(new Money(new BigDecimal("1.005"), "CNY", null)))
                .containsExactly(tuple("price.amount", "{zhaoshang.money.scale}"));
        assertThat(violations(new Money(null, "cny", null))).containsExactlyInAnyOrder(
                tuple("price.amount", "{zhaoshang.money.required}"),
                tuple("price.currency", "{zhaoshang.money.currency}"));
        assertThat(violations(new Money(BigDecimal.ONE, "XYZ", null)))
                .containsExactly(tuple("price.currency", "{zhaoshang.money.currency}"));
        assertThat(violations(new Money(BigDecimal.ONE, "USD", null)))
                .containsExactly(tuple("price.cnyEquivalent", "{zhaoshang.money.required}"));
        assertThat(violations(new Money(BigDecimal.ONE, "EUR", new BigDecimal("-7"))))
                .containsExactly(tuple("price.cnyEquivalent", "{zhaoshang.money.negative}"));
    }

    private static Set<org.assertj.core.groups.Tuple> violations(Money money) {
        Set<ConstraintViolation<Deal>> violations = VALIDATOR.validate(new Deal(money));
        return violations.stream()
                .map(v -> tuple(v.getPropertyPath().toString(), v.getMessageTemplate()))
                .collect(java.util.stream.Collectors.toSet());
    }
}
