package dev.yakusoku.problems;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * An ISO-8601 duration of days and time ({@code P2D}, {@code PT30M}, {@code P1DT2H}); null is
 * valid.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDuration.Validator.class)
public @interface IsoDuration {
  String message() default "must be an ISO-8601 duration of days and time such as P2D or PT30M";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<IsoDuration, String> {
    private static final Pattern SHAPE =
        Pattern.compile("P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || valid(value);
    }

    static boolean valid(String value) {
      if (!SHAPE.matcher(value).matches() || value.equals("P") || value.endsWith("T")) {
        return false;
      }
      try {
        return !Duration.parse(value).isNegative();
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }
}
