package dev.socialplan.analytics.progress;

import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Goals shared by this package's tests. */
final class Goals {
  static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  static final LocalDate APR_1 = LocalDate.of(2025, 4, 1);
  static final LocalDate JUN_1 = LocalDate.of(2025, 6, 1);
  static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);

  /** The strategy guide's goal: 10,000 → 12,400 Instagram followers in six months, +400 a month. */
  static final Goal INSTAGRAM_400 =
      Goal.builder()
          .name("Grow Instagram")
          .objective(Objective.AUDIENCE_GROWTH)
          .metric(MetricKind.FOLLOWERS)
          .platform(Platform.INSTAGRAM)
          .baseline(Target.ofCount(10_000))
          .target(Target.ofCount(12_400))
          .start(JAN_1)
          .deadline(JUL_1)
          .build();

  /** Lower is better: cost per click from $2.00 to $1.50 in six months. */
  static final Goal CHEAPER_CLICKS =
      Goal.builder()
          .name("Cheaper clicks")
          .objective(Objective.TRAFFIC)
          .metric(MetricKind.COST_PER_CLICK)
          .baseline(Target.ofMoney(usd("2.00")))
          .target(Target.ofMoney(usd("1.50")))
          .start(JAN_1)
          .deadline(JUL_1)
          .build();

  /** A draft without target or deadline. */
  static final Goal DRAFT =
      Goal.builder().name("Something about engagement").objective(Objective.ENGAGEMENT).start(JAN_1).build();

  private Goals() {}

  static Money usd(String amount) {
    return Money.of(CurrencyUnit.USD, new java.math.BigDecimal(amount));
  }

  static MetricObservation followers(LocalDate date, long count) {
    return MetricObservation.ofCount(date, count);
  }
}
