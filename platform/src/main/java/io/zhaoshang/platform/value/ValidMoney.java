package io.zhaoshang.platform.value;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The {@link Money} is well formed: amount present, not negative, at most two decimals; currency
 * three capital letters known to {@link java.util.Currency}; a non-CNY amount carries a valid
 * {@code cnyEquivalent}. Each broken rule is reported on its own field ({@code price.amount},
 * {@code price.currency}, {@code price.cnyEquivalent}) with the code {@code Money}. {@code null}
 * is valid: add {@code @NotNull} where required.
 */
@Documented
@Constraint(validatedBy = MoneyValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidMoney {

    String message() default "{zhaoshang.money.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
