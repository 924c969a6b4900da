package dev.yakusoku.problems;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An RFC 3339 timestamp with an offset ({@code 2026-11-26T10:12:00+09:00}); null is valid. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Rfc3339.Validator.class)
public @interface Rfc3339 {
  String message() default "must be an RFC 3339 timestamp with an offset";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Also accept an ISO-8601 duration ({@code P2D}, {@code PT30M}). */
  boolean orDuration() default false;

  class Validator implements ConstraintValidator<Rfc3339, String> {
    private boolean orDuration;

    @Override
    public void initialize(Rfc3339 annotation) {
      this.orDuration = annotation.orDuration();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (orDuration && value.startsWith("P")) {
        return IsoDuration.Validator.valid(value);
      }
      return Timestamps.parse(value).isPresent();
    }
  }
}
