package org.learningcommons.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret part of a feed token: 256 random bits, URL-safe so that it fits a query parameter,
 * with a recognisable prefix (secret scanners and people can tell what leaked). Stored only as its
 * SHA-256: the token has full entropy, so a plain hash is as good as a slow one and lets every feed
 * request find its token by an index lookup.
 */
public final class FeedTokenSecret {

  static final String PREFIX = "lcf_";
  private static final int BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What a token looks like: the prefix and 43 base64url characters (256 bits, no padding). */
  private static final Pattern FORM = Pattern.compile("lcf_[A-Za-z0-9_-]{43}");

  private FeedTokenSecret() {}

  /** A new token, to be shown once and never stored. */
  public static String generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code candidate} has the form of a token (checked before any lookup). */
  public static boolean looksLikeToken(String candidate) {
    return candidate != null && FORM.matcher(candidate).matches();
  }

  /** The stored form: lower-case hex of SHA-256 over the token's UTF-8 bytes. */
  public static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
