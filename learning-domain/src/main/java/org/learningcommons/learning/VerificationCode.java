package org.learningcommons.learning;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code printed on a certificate: twelve characters of Crockford's base32 (no I, L, O or U, so
 * nothing is misread), in three groups, such as {@code 7KQ2-M9XD-4HRT}. About 60 random bits: it
 * cannot be guessed, so the verification page may show whose certificate it is.
 */
public record VerificationCode(String value) {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final Pattern FORM =
      Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public VerificationCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a verification code: " + value);
    }
  }

  /** A new random code. */
  public static VerificationCode random() {
    StringBuilder code = new StringBuilder(14);
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return new VerificationCode(code.toString());
  }

  /**
   * Reads what a person typed: case, spaces and dashes do not matter, and the letters people
   * confuse with digits (O, I, L) count as those digits.
   */
  public static Optional<VerificationCode> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String plain =
        typed
            .toUpperCase(Locale.ROOT)
            .replaceAll("[\\s-]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    if (plain.length() != 12) {
      return Optional.empty();
    }
    String grouped = plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    return FORM.matcher(grouped).matches()
        ? Optional.of(new VerificationCode(grouped))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
