package dev.socialplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.analytics.progress.GoalProgress;
import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressStatus;
import dev.socialplan.analytics.progress.ProgressThresholds;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Goal progress on Spark equals {@link GoalProgress#evaluate} on each goal's whole series on one
 * machine: 2,000 goals (follower counts and costs per click) with about 60,000 observations,
 * under 1, 7 and 64 partitions.
 */
class GoalProgressJobTest {
  private static final SparkSession SPARK = LocalSpark.session();
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate AS_OF = LocalDate.of(2025, 9, 15);
  private static final StructType METRICS =
      new StructType()
          .add("goal", DataTypes.StringType, false)
          .add("date", DataTypes.DateType, false)
          .add("value", DataTypes.createDecimalType(20, 2), true);

  @Test
  void manyGoalsEqualTheSingleMachineResult() {
    SplittableRandom random = new SplittableRandom(42);
    Map<String, Goal> goals = new HashMap<>();
    Map<String, List<MetricObservation>> series = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (int g = 0; g < 2_000; g++) {
      String id = String.format("brand-%04d", g);
      boolean money = g % 4 == 3;
      LocalDate start = JAN_1.plusDays(random.nextInt(200));
      Goal goal =
          money
              ? Goal.builder().name("Cheaper clicks").objective(Objective.TRAFFIC)
                  .metric(MetricKind.COST_PER_CLICK).baseline(Target.ofMoney(Money.parse("USD 2.00")))
                  .target(Target.ofMoney(Money.parse("USD 1.50"))).start(start)
                  .deadline(start.plusDays(60 + random.nextInt(300))).build()
              : Goal.builder().name("Grow followers").objective(Objective.AUDIENCE_GROWTH)
                  .metric(MetricKind.FOLLOWERS).baseline(Target.ofCount(10_000))
                  .target(Target.ofCount(12_000 + random.nextInt(3_000))).start(start)
                  .deadline(start.plusDays(30 + random.nextInt(400))).build();
      goals.put(id, goal);
      List<MetricObservation> observations = new ArrayList<>();
      int count = g % 50 == 0 ? 0 : random.nextInt(60);
      java.util.Set<LocalDate> used = new java.util.HashSet<>();
      for (int o = 0; o < count; o++) {
        LocalDate date = JAN_1.minusDays(30).plusDays(random.nextInt(400));
        if (!used.add(date)) {
          continue;
        }
        BigDecimal value =
            money
                ? BigDecimal.valueOf(100 + random.nextInt(150), 2)
                : BigDecimal.valueOf(9_000 + random.nextInt(7_000));
        observations.add(new MetricObservation(date,
            money ? Target.ofMoney(Money.of(org.joda.money.CurrencyUnit.USD, value))
                : Target.ofCount(value.longValueExact())));
        rows.add(RowFactory.create(id, Date.valueOf(date), value));
      }
      series.put(id, observations);
    }
    Dataset<Row> metrics = SPARK.createDataFrame(rows, METRICS);
    EnumSet<ProgressStatus> seen = EnumSet.noneOf(ProgressStatus.class);
    for (int partitions : new int[] {1, 7, 64}) {
      SortedMap<String, GoalProgress> got =
          GoalProgressJob.standard().evaluate(metrics.repartition(partitions), goals, AS_OF);
      assertThat(got).hasSize(goals.size());
      goals.forEach((id, goal) -> {
        GoalProgress expected =
            GoalProgress.evaluate(goal, MetricSeries.of(series.get(id)), AS_OF);
        assertThat(got.get(id)).as(id).isEqualTo(expected);
        seen.add(expected.status());
      });
    }
    assertThat(seen).contains(ProgressStatus.NOT_MEASURABLE, ProgressStatus.ACHIEVED,
        ProgressStatus.OFF_TRACK);
  }

  @Test
  void thresholdsAndColumnsCanBeChosen() {
    Goal goal = Goal.builder().name("Grow followers").objective(Objective.AUDIENCE_GROWTH)
        .metric(MetricKind.FOLLOWERS).baseline(Target.ofCount(100)).target(Target.ofCount(200))
        .start(JAN_1).deadline(JAN_1.plusMonths(10)).build();
    Dataset<Row> metrics = SPARK.createDataFrame(
        List.of(RowFactory.create("g", Date.valueOf(JAN_1.plusMonths(2)), 130L)),
        new StructType().add("id", DataTypes.StringType).add("day", DataTypes.DateType)
            .add("followers", DataTypes.LongType));
    ProgressThresholds strict = ProgressThresholds.builder().onTrackFrom(1.5).atRiskFrom(1.2).build();
    GoalProgress got = GoalProgressJob.standard().withColumns("id", "day", "followers")
        .withThresholds(strict).evaluate(metrics, Map.of("g", goal), AS_OF).get("g");
    assertThat(got).isEqualTo(GoalProgress.evaluate(goal,
        MetricSeries.of(MetricObservation.ofCount(JAN_1.plusMonths(2), 130)), AS_OF, strict));
  }

  @Test
  void badInputIsNamed() {
    Goal goal = Goal.builder().name("Grow followers").objective(Objective.AUDIENCE_GROWTH)
        .metric(MetricKind.FOLLOWERS).baseline(Target.ofCount(100)).target(Target.ofCount(200))
        .start(JAN_1).deadline(JAN_1.plusMonths(10)).build();
    Dataset<Row> fraction = SPARK.createDataFrame(
        List.of(RowFactory.create("g", Date.valueOf(JAN_1.plusDays(3)), new BigDecimal("120.50"))),
        METRICS);
    assertThatThrownBy(() -> GoalProgressJob.standard().evaluate(fraction, Map.of("g", goal), AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("goal g on 2025-01-04, column value: cannot read 120.50 as a value"
            + " of the kind of the target");
    Dataset<Row> twice = SPARK.createDataFrame(
        List.of(RowFactory.create("g", Date.valueOf(JAN_1.plusDays(3)), new BigDecimal("120")),
            RowFactory.create("g", Date.valueOf(JAN_1.plusDays(3)), new BigDecimal("121"))),
        METRICS);
    assertThatThrownBy(() -> GoalProgressJob.standard().evaluate(twice, Map.of("g", goal), AS_OF))
        .hasMessage("goal g has different values on 2025-01-04 in column value: [120.00, 121.00]");
    Dataset<Row> text = SPARK.createDataFrame(List.of(),
        new StructType().add("goal", DataTypes.StringType).add("date", DataTypes.DateType)
            .add("value", DataTypes.StringType));
    assertThatThrownBy(() -> GoalProgressJob.standard().evaluate(text, Map.of("g", goal), AS_OF))
        .hasMessage("column value is string, but must be a number");
    assertThatThrownBy(() -> GoalProgressJob.standard().evaluate(text.drop("date"), Map.of(), AS_OF))
        .hasMessage("the metric table lacks the column date (its columns: goal, value)");
  }
}
