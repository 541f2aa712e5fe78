package dev.socialplan.competition;

import dev.socialplan.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A SWOT analysis — strengths, weaknesses, opportunities and threats — of the brand or of a
 * competitor (the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021), step 4: "evaluate the strengths, limitations, opportunities and
 * risks of your company and your competitors").
 *
 * <p>Each quadrant is a list of short texts, none blank; any quadrant may be empty while drafting
 * (the competition rules report, for example, when no opportunity has been identified).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Swot {

  private static final Swot EMPTY = new Builder().build();

  Swot() {}

  /**
   * Returns the strengths.
   *
   * @return the strengths, unmodifiable
   */
  public abstract List<String> strengths();

  /**
   * Returns the weaknesses.
   *
   * @return the weaknesses, unmodifiable
   */
  public abstract List<String> weaknesses();

  /**
   * Returns the opportunities.
   *
   * @return the opportunities, unmodifiable
   */
  public abstract List<String> opportunities();

  /**
   * Returns the threats.
   *
   * @return the threats, unmodifiable
   */
  public abstract List<String> threats();

  /**
   * Returns the SWOT with nothing in it.
   *
   * @return the empty SWOT
   */
  public static Swot empty() {
    return EMPTY;
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
   * Tells whether all four quadrants are empty.
   *
   * @return true if nothing has been written
   */
  public boolean isEmpty() {
    return strengths().isEmpty()
        && weaknesses().isEmpty()
        && opportunities().isEmpty()
        && threats().isEmpty();
  }

  /**
   * Tells whether all four quadrants have at least one entry.
   *
   * @return true if no quadrant is empty
   */
  public boolean isComplete() {
    return !strengths().isEmpty()
        && !weaknesses().isEmpty()
        && !opportunities().isEmpty()
        && !threats().isEmpty();
  }

  @Value.Check
  void check() {
    eachNonBlank(strengths(), "strengths");
    eachNonBlank(weaknesses(), "weaknesses");
    eachNonBlank(opportunities(), "opportunities");
    eachNonBlank(threats(), "threats");
  }

  private static void eachNonBlank(List<String> texts, String field) {
    for (int i = 0; i < texts.size(); i++) {
      Checks.nonBlank(texts.get(i), field + "[" + i + "]");
    }
  }

  /** Builds a {@link Swot}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableSwot.Builder {
    Builder() {}
  }
}
