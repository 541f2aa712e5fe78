package dev.socialplan.analytics.budget;

import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A budget against what was actually spent and earned: per platform, per
 * category and in total, with ROI and ROAS, and a bounded suggestion to move money from the lowest
 * to the highest return.
 *
 * <p>Figures are in the budget's currency, summed exactly with Joda-Money. Spend lines in another
 * currency are left out of every figure and listed by {@link #otherCurrencyLines()} (there is no
 * exchange rate to use, and socialplan does not drop them silently); allocations in another
 * currency are likewise not counted as planned — the budget rules report mixed currencies.
 *
 * <p><b>Reallocation.</b> Among the lines of a {@link Breakdown} with spend, the line with the
 * lowest ROI gives up to {@link ReallocationPolicy#maxShare()} of its spend (rounded down to the
 * minor unit) to the line with the highest ROI, provided the ROIs differ by more than {@link
 * ReallocationPolicy#minimumRoiGap()}. The cap keeps each step small enough to measure, because
 * returns usually fall as spend on a channel grows (diminishing returns), so the observed ROI of
 * the best line overstates what the next dollar will earn. The suggestion never moves more than
 * that, and says why.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetPerformance {

  BudgetPerformance() {}

  /**
   * Returns the budget.
   *
   * @return the budget
   */
  public abstract Budget budget();

  /**
   * Returns what was actually spent and earned.
   *
   * @return the spend lines
   */
  public abstract List<SpendLine> lines();

  /**
   * Obtains the performance of a budget.
   *
   * @param budget the budget
   * @param lines what was actually spent and earned
   * @return the performance
   */
  public static BudgetPerformance of(Budget budget, List<SpendLine> lines) {
    return builder().budget(budget).lines(lines).build();
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
   * Returns the currency of every figure, the budget's.
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    return budget().currency();
  }

  /**
   * Returns the spend lines in another currency than the budget's, which no figure includes.
   *
   * @return the lines left out, in input order
   */
  public List<SpendLine> otherCurrencyLines() {
    return lines().stream().filter(l -> !l.spend().getCurrencyUnit().equals(currency())).toList();
  }

  /**
   * Returns the whole budget: its total as planned, every line in its currency as spent and earned.
   *
   * @return the total line, labelled {@code "total"}
   */
  public PerformanceLine total() {
    Money planned =
        budget().total().getCurrencyUnit().equals(currency())
            ? budget().total()
            : Money.zero(currency());
    return line("total", planned, l -> true).build();
  }

  /**
   * Returns one line per platform that was planned or spent on: the platforms in the order the
   * budget's allocations name them, then those only the spend lines name.
   *
   * @return the per-platform lines
   */
  public List<PerformanceLine> byPlatform() {
    Set<Platform> platforms = new LinkedHashSet<>();
    budget().allocations().forEach(a -> a.platform().ifPresent(platforms::add));
    lines().forEach(l -> l.platform().ifPresent(platforms::add));
    List<PerformanceLine> result = new ArrayList<>();
    for (Platform p : platforms) {
      Money planned = budget().allocatedTo(p).amount(currency());
      result.add(
          line(p.displayName(), planned, l -> l.platform().filter(p::equals).isPresent())
              .platform(p)
              .build());
    }
    return List.copyOf(result);
  }

  /**
   * Returns one line per category that was planned or spent on, in the order of {@link
   * BudgetCategory}.
   *
   * @return the per-category lines
   */
  public List<PerformanceLine> byCategory() {
    List<PerformanceLine> result = new ArrayList<>();
    for (BudgetCategory c : BudgetCategory.values()) {
      boolean planned = budget().allocations().stream().anyMatch(a -> a.category().filter(c::equals).isPresent());
      boolean spent = lines().stream().anyMatch(l -> l.category().filter(c::equals).isPresent());
      if (planned || spent) {
        result.add(
            line(label(c), budget().allocatedTo(c).amount(currency()), l -> l.category().filter(c::equals).isPresent())
                .category(c)
                .build());
      }
    }
    return List.copyOf(result);
  }

  /**
   * Suggests a reallocation with the {@linkplain ReallocationPolicy#STANDARD standard policy}
   * (at most 20 %).
   *
   * @param breakdown by platform or by category
   * @return the suggestion, or the reason for none
   */
  public Reallocation suggestReallocation(Breakdown breakdown) {
    return suggestReallocation(breakdown, ReallocationPolicy.STANDARD);
  }

  /**
   * Suggests moving a bounded share of spend from the line with the lowest ROI to the one with the
   * highest. Among lines with the same ROI, the one listed first in the breakdown is chosen.
   *
   * @param breakdown by platform or by category
   * @param policy the cap and the smallest ROI gap worth acting on
   * @return the suggestion, or the reason for none
   */
  public Reallocation suggestReallocation(Breakdown breakdown, ReallocationPolicy policy) {
    Checks.notNull(breakdown, "breakdown");
    Checks.notNull(policy, "policy");
    List<PerformanceLine> all = breakdown == Breakdown.PLATFORM ? byPlatform() : byCategory();
    String noun = breakdown == Breakdown.PLATFORM ? "platform" : "category";
    List<PerformanceLine> withSpend = all.stream().filter(l -> l.roi().isDefined()).toList();
    Reallocation.Builder none = Reallocation.builder().amount(Money.zero(currency()));
    if (withSpend.size() < 2) {
      return none.reasoning(
              String.format(
                  Locale.ROOT,
                  "No move suggested: comparing returns needs spend on at least two %s, and %d had"
                      + " any.",
                  breakdown == Breakdown.PLATFORM ? "platforms" : "categories",
                  withSpend.size()))
          .build();
    }
    PerformanceLine lowest = withSpend.get(0);
    PerformanceLine highest = withSpend.get(0);
    for (PerformanceLine l : withSpend) {
      if (l.roi().compareTo(lowest.roi()) < 0) {
        lowest = l;
      }
      if (l.roi().compareTo(highest.roi()) > 0) {
        highest = l;
      }
    }
    double low = lowest.roi().value().getAsDouble();
    double high = highest.roi().value().getAsDouble();
    if (high - low <= policy.minimumRoiGap() || highest == lowest) {
      return none.reasoning(
              String.format(
                  Locale.ROOT,
                  "No move suggested: the returns per %s are too close to act on (ROI from %s on %s"
                      + " to %s on %s; a gap above %s points is required).",
                  noun,
                  percent(low),
                  lowest.label(),
                  percent(high),
                  highest.label(),
                  String.format(Locale.ROOT, "%.0f", policy.minimumRoiGap() * 100)))
          .build();
    }
    Money amount =
        lowest.spent().multipliedBy(BigDecimal.valueOf(policy.maxShare()), RoundingMode.DOWN);
    if (!amount.isPositive()) {
      return none.reasoning(
              "No move suggested: "
                  + lowest.label()
                  + " spent too little ("
                  + format(lowest.spent())
                  + ") for a share of it to be moved.")
          .build();
    }
    String losing =
        low < 0
            ? String.format(
                Locale.ROOT,
                " Spending on %s loses money: do not invest more than you gain.",
                lowest.label())
            : "";
    String reasoning =
        String.format(
            Locale.ROOT,
            "Move %s (%s of its %s spend) from %s to %s. Each %s spent on %s brought in %s (ROI %s,"
                + " ROAS %s), on %s %s (ROI %s, ROAS %s).%s The move is capped at %s so its effect"
                + " can be measured: returns usually fall as spend on a channel grows, so compare"
                + " again after the next period before moving more.",
            format(amount),
            percent(policy.maxShare()),
            format(lowest.spent()),
            lowest.label(),
            highest.label(),
            format(Money.of(currency(), BigDecimal.ONE)),
            highest.label(),
            format(perUnit(highest)),
            percent(high),
            roas(highest.roas()),
            lowest.label(),
            format(perUnit(lowest)),
            percent(low),
            roas(lowest.roas()),
            losing,
            percent(policy.maxShare()));
    return Reallocation.builder()
        .donor(lowest.label())
        .recipient(highest.label())
        .amount(amount)
        .reasoning(reasoning)
        .build();
  }

  private PerformanceLine.Builder line(String label, Money planned, Predicate<SpendLine> includes) {
    Money spent = Money.zero(currency());
    Money revenue = Money.zero(currency());
    for (SpendLine l : lines()) {
      if (l.spend().getCurrencyUnit().equals(currency()) && includes.test(l)) {
        spent = spent.plus(l.spend());
        revenue = revenue.plus(l.revenue());
      }
    }
    return PerformanceLine.builder().label(label).planned(planned).spent(spent).revenue(revenue);
  }

  /** Revenue per one major unit of spend, rounded half-even to the minor unit. */
  private Money perUnit(PerformanceLine line) {
    return Money.of(
        currency(),
        line.revenue().getAmount().divide(line.spent().getAmount(), currency().getDecimalPlaces(), RoundingMode.HALF_EVEN));
  }

  private static String label(BudgetCategory category) {
    String words = category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String format(Money money) {
    int decimals = Math.max(0, money.getCurrencyUnit().getDecimalPlaces());
    return money.getCurrencyUnit().getCode()
        + " "
        + String.format(Locale.ROOT, "%,." + decimals + "f", money.getAmount());
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100).replace("-", "−");
  }

  private static String roas(Ratio roas) {
    return String.format(Locale.ROOT, "%.2f", roas.value().getAsDouble());
  }

  @Value.Check
  void check() {
    Checks.notNull(currency(), "currency");
  }

  /** Builds a {@link BudgetPerformance}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableBudgetPerformance.Builder {
    Builder() {}
  }
}
