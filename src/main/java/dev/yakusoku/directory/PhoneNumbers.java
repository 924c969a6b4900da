package dev.yakusoku.directory;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Normalises phone numbers to E.164 so differently written numbers compare equal. */
public final class PhoneNumbers {

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final String defaultRegion;

  public PhoneNumbers(String defaultRegion) {
    Objects.requireNonNull(defaultRegion, "defaultRegion");
    String region = defaultRegion.trim().toUpperCase(Locale.ROOT);
    if (!util.getSupportedRegions().contains(region)) {
      throw new IllegalArgumentException("unknown phone region: " + defaultRegion);
    }
    this.defaultRegion = region;
  }

  public String defaultRegion() {
    return defaultRegion;
  }

  public Optional<String> normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = util.parse(raw.strip(), defaultRegion);
      // Possible rather than valid, so test numbers and newly allocated ranges still match.
      if (!util.isPossibleNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(util.format(number, PhoneNumberFormat.E164));
    } catch (NumberParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public boolean same(String a, String b) {
    Optional<String> left = normalize(a);
    return left.isPresent() && left.equals(normalize(b));
  }
}
