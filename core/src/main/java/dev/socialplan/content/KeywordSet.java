package dev.socialplan.content;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The keywords the brand's audience uses on one platform: the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) advises
 * researching social keywords per network, since people search Instagram, Facebook and YouTube with
 * different words.
 *
 * <p>Obtain one with {@link #of(Platform, String...)} or {@link #builder()}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeywordSet {

  KeywordSet() {}

  /**
   * Returns the platform the keywords are for.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Returns the keywords.
   *
   * @return the keywords, none blank, in the order given
   */
  public abstract Set<String> keywords();

  /**
   * Obtains a keyword set.
   *
   * @param platform the platform
   * @param keywords the keywords, none blank
   * @return the keyword set
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a keyword is blank
   */
  public static KeywordSet of(Platform platform, String... keywords) {
    return builder().platform(platform).addKeywords(keywords).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    int i = 0;
    for (String k : keywords()) {
      Checks.nonBlank(k, "keywords[" + i++ + "]");
    }
  }

  /** Builds a {@link KeywordSet}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableKeywordSet.Builder {
    Builder() {}
  }
}
