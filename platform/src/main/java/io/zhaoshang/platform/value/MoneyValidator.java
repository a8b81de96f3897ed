package io.zhaoshang.platform.value;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

public class MoneyValidator implements ConstraintValidator<ValidMoney, Money> {

    @Override
    public boolean isValid(Money money, ConstraintValidatorContext context) {
        if (money == null) {
            return true;
        }
        Map<String, String> broken = new LinkedHashMap<>(); // field -> message template
        checkAmount("amount", money.amount(), broken);
        if (!isKnownCurrency(money.currency())) {
            broken.put("currency", "{zhaoshang.money.currency}");
        } else if (!money.isCny()) {
            checkAmount("cnyEquivalent", money.cnyEquivalent(), broken);
        }
        // One violation per broken field, so a client can point at exactly what to fix.
        context.disableDefaultConstraintViolation();
        broken.forEach((field, template) -> context.buildConstraintViolationWithTemplate(template)
                .addPropertyNode(field).addConstraintViolation());
        return broken.isEmpty();
    }

    private static void checkAmount(String field, BigDecimal amount, Map<String, String> broken) {
        if (amount == null) {
            broken.put(field, "{zhaoshang.money.required}");
        } else if (amount.signum() < 0) {
            broken.put(field, "{zhaoshang.money.negative}");
        } else if (amount.scale() > 2) {
            broken.put(field, "{zhaoshang.money.scale}");
        }
    }

    static boolean isKnownCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
