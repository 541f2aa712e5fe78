package dev.socialplan.spark;

import dev.socialplan.analytics.progress.GoalProgress;
import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressThresholds;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.joda.money.Money;

/**
 * Goal progress for many goals at once (one goal per account, say) from a metric table: for each
 * goal, the analytics module's {@link GoalProgress#evaluate(Goal, MetricSeries, LocalDate,
 * ProgressThresholds)} on its observations, with an equal result.
 *
 * <p><b>What runs where.</b> {@link GoalProgress} judges a goal by its latest observation between
 * its start and the evaluation date or its deadline, whichever is earlier; earlier observations do
 * not change the result. So the executors reduce the metric table, however large, to that one
 * observation per goal (a join with the goals' windows and a {@code max_by} per goal, exact: no
 * floating point is involved), and the driver evaluates each goal on it. Goals stay on the driver
 * (they are plain values, not shipped).
 *
 * <p>The metric table has a goal id column, a date column ({@code date}) and a value column; the
 * value is read in the kind of the goal's target: a whole number for a count, an amount in the
 * target's currency (exactly, at most its minor unit) for money, a fraction (0.25 for 25 %) for a
 * rate, seconds for a time span, points for a score. Two different values for one goal on its
 * latest date are an error (the order of rows is not defined in Spark), as is a value that cannot
 * be read in its goal's kind; both name the goal, the date and the value.
 */
public final class GoalProgressJob {
  private final String goalColumn;
  private final String dateColumn;
  private final String valueColumn;
  private final ProgressThresholds thresholds;

  private GoalProgressJob(
      String goalColumn, String dateColumn, String valueColumn, ProgressThresholds thresholds) {
    this.goalColumn = goalColumn;
    this.dateColumn = dateColumn;
    this.valueColumn = valueColumn;
    this.thresholds = thresholds;
  }

  /**
   * Returns the job over the columns {@code goal}, {@code date} and {@code value}, with the
   * default thresholds.
   *
   * @return the job
   */
  public static GoalProgressJob standard() {
    return new GoalProgressJob("goal", "date", "value", ProgressThresholds.standard());
  }

  /**
   * Returns this job over other columns.
   *
   * @param goal the column of the goal id (string)
   * @param date the column of the observation date (date)
   * @param value the column of the value (integer, decimal or floating point)
   * @return the new job
   */
  public GoalProgressJob withColumns(String goal, String date, String value) {
    return new GoalProgressJob(
        Objects.requireNonNull(goal, "goal"),
        Objects.requireNonNull(date, "date"),
        Objects.requireNonNull(value, "value"),
        thresholds);
  }

  /**
   * Returns this job with other thresholds.
   *
   * @param progressThresholds the thresholds
   * @return the new job
   */
  public GoalProgressJob withThresholds(ProgressThresholds progressThresholds) {
    return new GoalProgressJob(
        goalColumn, dateColumn, valueColumn,
        Objects.requireNonNull(progressThresholds, "progressThresholds"));
  }

  /**
   * Evaluates every goal on the metric table.
   *
   * @param metrics the metric table
   * @param goals the goals by id (the values of the goal column)
   * @param asOf the evaluation date
   * @return the progress of each goal, by id; a goal without observations is evaluated on an
   *     empty series (not measurable), as on one machine
   * @throws IllegalArgumentException naming the column when the table lacks a column or has one of
   *     the wrong type, or naming the goal, date and value when a value cannot be read
   */
  public SortedMap<String, GoalProgress> evaluate(
      Dataset<Row> metrics, Map<String, Goal> goals, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    StructType schema = metrics.schema();
    checkColumn(schema, goalColumn, "string", t -> t.equals(DataTypes.StringType));
    checkColumn(schema, dateColumn, "date", t -> t.equals(DataTypes.DateType));
    checkColumn(schema, valueColumn, "a number", t -> t instanceof DecimalType
        || t.equals(DataTypes.LongType) || t.equals(DataTypes.IntegerType)
        || t.equals(DataTypes.ShortType) || t.equals(DataTypes.ByteType)
        || t.equals(DataTypes.DoubleType) || t.equals(DataTypes.FloatType));

    SparkSession spark = metrics.sparkSession();
    List<Row> windows = new ArrayList<>();
    goals.forEach(
        (id, goal) -> {
          LocalDate deadline = goal.deadline().orElse(asOf);
          LocalDate cutoff = asOf.isAfter(deadline) ? deadline : asOf;
          windows.add(RowFactory.create(id, java.sql.Date.valueOf(goal.start()),
              java.sql.Date.valueOf(cutoff)));
        });
    StructType windowSchema =
        new StructType()
            .add("__goal", DataTypes.StringType, false)
            .add("__start", DataTypes.DateType, false)
            .add("__cutoff", DataTypes.DateType, false);
    Dataset<Row> window = spark.createDataFrame(windows, windowSchema);
    // Values as strings keep every kind exact (decimal, integer, the shortest double that
    // round-trips) through the aggregation.
    Column value = functions.col(valueColumn).cast(DataTypes.StringType);
    Dataset<Row> inWindow =
        metrics
            .join(functions.broadcast(window), functions.col(goalColumn).equalTo(window.col("__goal")))
            .where(functions.col(dateColumn).geq(functions.col("__start"))
                .and(functions.col(dateColumn).leq(functions.col("__cutoff")))
                .and(functions.col(valueColumn).isNotNull()));
    Dataset<Row> latestDate =
        inWindow.groupBy(functions.col("__goal"))
            .agg(functions.max(functions.col(dateColumn)).as("__latest"));
    List<Row> latest =
        inWindow
            .join(latestDate, "__goal")
            .where(functions.col(dateColumn).equalTo(functions.col("__latest")))
            .groupBy(functions.col("__goal"), functions.col("__latest"))
            .agg(functions.collect_set(value).as("__values"))
            .collectAsList();

    TreeMap<String, GoalProgress> out = new TreeMap<>();
    TreeMap<String, MetricObservation> observed = new TreeMap<>();
    for (Row r : latest) {
      String id = r.getString(0);
      LocalDate date = ((java.sql.Date) r.get(1)).toLocalDate();
      List<String> values = new ArrayList<>(r.getList(2));
      Goal goal = goals.get(id);
      List<BigDecimal> distinct = new ArrayList<>();
      for (String v : values) {
        BigDecimal d = new BigDecimal(v);
        if (distinct.stream().noneMatch(x -> x.compareTo(d) == 0)) {
          distinct.add(d);
        }
      }
      if (distinct.size() > 1) {
        Collections.sort(values);
        throw new IllegalArgumentException(
            "goal " + id + " has different values on " + date + " in column " + valueColumn
                + ": " + values);
      }
      observed.put(id, new MetricObservation(date, target(goal, id, date, values.get(0))));
    }
    goals.forEach(
        (id, goal) ->
            out.put(
                id,
                GoalProgress.evaluate(
                    goal,
                    Optional.ofNullable(observed.get(id))
                        .map(MetricSeries::of)
                        .orElse(MetricSeries.empty()),
                    asOf,
                    thresholds)));
    return Collections.unmodifiableSortedMap(out);
  }

  private Target target(Goal goal, String id, LocalDate date, String text) {
    Optional<Target> kind = goal.target();
    String where = "goal " + id + " on " + date + ", column " + valueColumn + ": ";
    if (kind.isEmpty()) {
      throw new IllegalArgumentException(where + "the goal has no target to read " + text + " by");
    }
    BigDecimal v = new BigDecimal(text);
    try {
      Target t = kind.get();
      if (t instanceof Target.Count) {
        BigInteger whole = v.toBigIntegerExact();
        return Target.ofCount(whole.longValueExact());
      }
      if (t instanceof Target.Amount) {
        return Target.ofMoney(
            Money.of(((Target.Amount) t).value().getCurrencyUnit(), v.stripTrailingZeros()));
      }
      if (t instanceof Target.Rate) {
        return Target.ofFraction(Double.parseDouble(text));
      }
      if (t instanceof Target.TimeSpan) {
        BigDecimal nanos = v.movePointRight(9);
        BigInteger whole = nanos.toBigIntegerExact();
        return Target.ofDuration(Duration.ofSeconds(0, whole.longValueExact()));
      }
      return Target.ofScore(Double.parseDouble(text));
    } catch (ArithmeticException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + "cannot read " + text + " as a value of the kind of the target "
              + kind.get() + " (" + e.getMessage() + ")", e);
    }
  }

  private static void checkColumn(
      StructType schema, String name, String need, java.util.function.Predicate<DataType> ok) {
    StructField f =
        Arrays.stream(schema.fields())
            .filter(x -> x.name().equalsIgnoreCase(name))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException(
                    "the metric table lacks the column " + name + " (its columns: "
                        + String.join(", ", schema.fieldNames()) + ")"));
    if (!ok.test(f.dataType())) {
      throw new IllegalArgumentException(
          "column " + f.name() + " is " + f.dataType().simpleString() + ", but must be "
              + need.toLowerCase(Locale.ROOT));
    }
  }

  @Override
  public String toString() {
    return "GoalProgressJob[" + goalColumn + ", " + dateColumn + ", " + valueColumn + "]";
  }
}
