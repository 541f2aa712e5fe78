package dev.socialplan.analytics.budget;

import dev.socialplan.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A suggestion to move money from the line with the lowest return to the one with the highest,
 * or the reason no move is suggested, in a marketer's words.
 *
 * <p>Obtained from {@link BudgetPerformance#suggestReallocation(Breakdown, ReallocationPolicy)}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reallocation {

  Reallocation() {}

  /**
   * Returns the line money moves from, the one with the lowest return.
   *
   * @return the donor's label; empty when no move is suggested
   */
  public abstract Optional<String> donor();

  /**
   * Returns the line money moves to, the one with the highest return.
   *
   * @return the recipient's label; empty when no move is suggested
   */
  public abstract Optional<String> recipient();

  /**
   * Returns the amount to move, rounded down to the currency's minor unit.
   *
   * @return the amount; zero when no move is suggested
   */
  public abstract Money amount();

  /**
   * Returns the reasoning, with the numbers.
   *
   * @return the reasoning, not blank
   */
  public abstract String reasoning();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether a move is suggested.
   *
   * @return true if money should move
   */
  public boolean isMove() {
    return donor().isPresent();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(reasoning(), "reasoning");
    if (donor().isPresent() != recipient().isPresent()) {
      throw new IllegalArgumentException("donor and recipient must both be present or both be empty");
    }
    if (amount().isNegative() || (donor().isPresent() != amount().isPositive())) {
      throw new IllegalArgumentException(
          "amount must be positive exactly when a move is suggested: " + amount());
    }
  }

  /** Builds a {@link Reallocation}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableReallocation.Builder {
    Builder() {}
  }
}
