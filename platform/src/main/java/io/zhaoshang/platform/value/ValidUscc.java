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
 * The value is a valid unified social credit code (see {@link Uscc}); lower case is accepted, so
 * store {@link Uscc#normalize} of it. {@code null} is valid: add {@code @NotNull} where required.
 * A violation is reported with the code {@code Uscc}.
 */
@Documented
@Constraint(validatedBy = UsccValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidUscc {

    String message() default "{zhaoshang.uscc.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
