package dev.socialplan.content;

import dev.socialplan.internal.Checks;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A content pillar: a theme the brand posts about again and again, with a colour for calendars and
 * the keywords that belong to it.
 *
 * <p>The colour is a hex RGB string, {@code #RRGGBB}; {@code #rgb} shorthand and lower case are
 * accepted and normalised ({@code "#fa0"} becomes {@code "#FFAA00"}). Keywords are kept in the
 * order given, without duplicates.
 *
 * <p>Obtain one with {@link #of(String, String, String...)} or {@link #builder()}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContentPillar {
  private static final Pattern LONG_HEX = Pattern.compile("#[0-9A-F]{6}");
  private static final Pattern ANY_HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

  ContentPillar() {}

  /**
   * Returns the pillar's name ({@code "skincare tips"}); calendar posts refer to pillars by name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the pillar's colour as hex RGB.
   *
   * @return the colour, {@code #RRGGBB} in upper case
   */
  public abstract String colour();

  /**
   * Returns the keywords of the pillar.
   *
   * @return the keywords, none blank, in the order given
   */
  public abstract Set<String> keywords();

  /**
   * Obtains a pillar.
   *
   * @param name the name, not blank
   * @param colour the colour as {@code #RRGGBB} or {@code #RGB}, either case, {@code #} optional
   * @param keywords the keywords, none blank
   * @return the pillar
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name or a keyword is blank or the colour malformed
   */
  public static ContentPillar of(String name, String colour, String... keywords) {
    return builder().name(name).colour(colour).addKeywords(keywords).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy with another colour.
   *
   * @param colour the colour as {@code #RRGGBB} or {@code #RGB}
   * @return the new pillar
   * @throws IllegalArgumentException if the colour is malformed
   */
  public abstract ContentPillar withColour(String colour);

  /**
   * Returns the colour's red, green and blue components.
   *
   * @return the colour as {@code 0xRRGGBB}
   */
  public int rgb() {
    return Integer.parseInt(colour().substring(1), 16);
  }

  @Value.Check
  ContentPillar normalize() {
    Checks.nonBlank(name(), "name");
    int i = 0;
    for (String k : keywords()) {
      Checks.nonBlank(k, "keywords[" + i++ + "]");
    }
    if (LONG_HEX.matcher(colour()).matches()) {
      return this;
    }
    if (!ANY_HEX.matcher(colour()).matches()) {
      throw new IllegalArgumentException(
          "colour must be hex RGB such as #1A2B3C: \"" + colour() + "\"");
    }
    String hex = colour().startsWith("#") ? colour().substring(1) : colour();
    if (hex.length() == 3) {
      hex =
          new StringBuilder()
              .append(hex.charAt(0)).append(hex.charAt(0))
              .append(hex.charAt(1)).append(hex.charAt(1))
              .append(hex.charAt(2)).append(hex.charAt(2))
              .toString();
    }
    return builder().from(this).colour("#" + hex.toUpperCase(Locale.ROOT)).build();
  }

  /** Builds a {@link ContentPillar}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableContentPillar.Builder {
    Builder() {}
  }
}
