package dev.socialplan.spark;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.metric.EngagementComponent;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementDenominator;
import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.analytics.timing.BestTimeSettings;
import dev.socialplan.analytics.timing.BestTimeToPost;
import dev.socialplan.analytics.timing.BucketEstimate;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Best time to post for many accounts at once: per account and platform, the analytics module's
 * {@link BestTimeToPost} result, equal to running it on one machine on each account's records.
 *
 * <p><b>How the median stays exact.</b> {@link BestTimeToPost} normalises each post's rate by the
 * account's median rate, which cannot be merged from partial results. This job shuffles the
 * records by account (one Spark {@code groupByKey}), so each account's records, and only those,
 * arrive at one task; that task runs the single-machine {@link BestTimeToPost#analyse} on them for
 * each platform the account posted on: the median, the empirical-Bayes shrinkage and the grid are
 * the library's own, not a re-implementation. The records of an account are sorted (by instant,
 * then by their full content) before the analysis, so the floating-point sums are added in one
 * order and the result is the same bit for bit for every partitioning and input order; it equals
 * the single-machine result on the records in any order to rounding (1e-12 relative). The cost of
 * exactness: the largest account's records must fit in one executor's memory (about 200 bytes
 * each; ten million records of one account need about 2 GB), and accounts are spread over tasks
 * by Spark's hash partitioning.
 *
 * <p><b>Which account.</b> By default a record's account is its own, the table's {@value
 * #ACCOUNT} column ({@link PerformanceRecord#account()}); {@link #withAccountColumn(String)} reads
 * it from another column instead, and the records of each account are then given that account.
 * Each account's result is {@link BestTimeToPost#analyse(Platform, String, ZoneId,
 * java.util.Collection, BestTimeSettings)} for that account, the same as the account's entry in
 * {@link BestTimeToPost#byAccount(Platform, ZoneId, java.util.Collection, BestTimeSettings)} on
 * one machine: the same median, buckets, grid, ranking, counts analysed and explanation. Only the
 * counts of records ignored differ, by design: {@code posts_on_other_platforms} counts the
 * account's own records on other platforms (on one machine, every record of the input is
 * counted), and records of other accounts never reach the account's task. Records without an
 * account (null in the account column) are analysed together as one more row with a null account,
 * platform-wide, as {@link BestTimeToPost#analyse(Platform, ZoneId, java.util.Collection,
 * BestTimeSettings)} does on them.
 *
 * <p>Output, one row per account and platform (see {@link #schema()}): the account, the platform
 * id, the zone, the counts, the statistics (null where the library's result is empty), the
 * fallback reason, the explanation, the 168-hour {@code grid} the scheduler consumes (index {@link
 * TimeOfWeek#index()}, Monday 0:00 first) and the {@code ranked} buckets. {@link #grid(Row)} and
 * {@link #best(Row, int)} read them back on the driver.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BestTimeJob implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The default column of the account: the records' own ({@link PerformanceTable#ACCOUNT}). */
  public static final String ACCOUNT = PerformanceTable.ACCOUNT;

  private static final StructType BUCKET =
      new StructType()
          .add("weekday", DataTypes.StringType, false)
          .add("hour", DataTypes.IntegerType, false)
          .add("posts", DataTypes.IntegerType, false)
          .add("observed_index", DataTypes.DoubleType, false)
          .add("estimate", DataTypes.DoubleType, false)
          .add("shrinkage_weight", DataTypes.DoubleType, false)
          .add("lower", DataTypes.DoubleType, false)
          .add("upper", DataTypes.DoubleType, false);

  private static final StructType SCHEMA =
      new StructType()
          .add("account", DataTypes.StringType, true)
          .add("platform", DataTypes.StringType, false)
          .add("zone", DataTypes.StringType, false)
          .add("posts_analysed", DataTypes.IntegerType, false)
          .add("posts_without_rate", DataTypes.IntegerType, false)
          .add("posts_on_other_platforms", DataTypes.IntegerType, false)
          .add("median_rate", DataTypes.DoubleType, true)
          .add("grand_mean", DataTypes.DoubleType, true)
          .add("within_variance", DataTypes.DoubleType, true)
          .add("between_variance", DataTypes.DoubleType, true)
          .add("shrinkage_constant", DataTypes.DoubleType, true)
          .add("fallback_reason", DataTypes.StringType, true)
          .add("explanation", DataTypes.StringType, false)
          .add("grid", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
          .add("ranked", DataTypes.createArrayType(BUCKET, false), false);

  private static final Comparator<PerformanceRecord> ORDER =
      Comparator.comparing(PerformanceRecord::publishedAt)
          .thenComparing(PerformanceRecord::toString);

  /** The column of the account. */
  private final String accountColumn;

  /** The zone of accounts not in {@link #zones}. */
  private final ZoneId defaultZone;

  /** The zone of each account that has its own. */
  private final HashMap<String, ZoneId> zones;

  /** How rows are read into records. */
  private final PerformanceTable table;

  /** The settings' minimum posts per ranked bucket. */
  private final int minPostsPerBucket;

  /** The settings' minimum posts with a rate. */
  private final int minPosts;

  /** The settings' minimum ranked buckets. */
  private final int minRankedBuckets;

  /** The settings' confidence level. */
  private final double confidenceLevel;

  /** The settings' fallback grid, or null for the platform defaults. */
  private final @Nullable TimeOfWeekGrid fallbackGrid;

  /** The engagement definition's components, or null for the platform's definition. */
  private final @Nullable EnumSet<EngagementComponent> components;

  /** The engagement definition's denominators, or null for the platform's definition. */
  private final @Nullable ArrayList<EngagementDenominator> denominators;

  /** The language of the explanations. */
  private final Locale locale;

  private BestTimeJob(
      String accountColumn,
      ZoneId defaultZone,
      HashMap<String, ZoneId> zones,
      PerformanceTable table,
      BestTimeSettings settings,
      Locale locale) {
    this.accountColumn = accountColumn;
    this.locale = locale;
    this.defaultZone = defaultZone;
    this.zones = zones;
    this.table = table;
    // BestTimeSettings is not serialisable; its parts are, and are rebuilt on the executors.
    this.minPostsPerBucket = settings.minPostsPerBucket();
    this.minPosts = settings.minPosts();
    this.minRankedBuckets = settings.minRankedBuckets();
    this.confidenceLevel = settings.confidenceLevel();
    this.fallbackGrid = settings.fallbackGrid().orElse(null);
    EngagementDefinition d = settings.engagementDefinition().orElse(null);
    if (d != null && d.sumsAvailableComponents()) {
      throw new IllegalArgumentException(
          "an engagement definition that sums the available components is not supported by the"
              + " Spark job: " + d);
    }
    this.components = d == null ? null : EnumSet.copyOf(d.components());
    this.denominators = d == null ? null : new ArrayList<>(d.denominators());
  }

  /**
   * Returns the job for accounts in one zone, with the default settings, reading the account from
   * the {@value #ACCOUNT} column.
   *
   * @param zone the zone in which weekdays and hours are taken
   * @return the job
   */
  public static BestTimeJob of(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new BestTimeJob(
        ACCOUNT, zone, new HashMap<>(), PerformanceTable.standard(), BestTimeSettings.standard(),
        Locale.ENGLISH);
  }

  /**
   * Returns this job reading the account from another column; each account's records are given
   * that account before the analysis.
   *
   * @param column a string column of the table
   * @return the new job
   */
  public BestTimeJob withAccountColumn(String column) {
    Objects.requireNonNull(column, "column");
    return new BestTimeJob(column, defaultZone, zones, table, settings(), locale);
  }

  /**
   * Returns this job with each account's own zone; accounts not in the map use the default zone.
   *
   * @param zonesByAccount the zone of each account
   * @return the new job
   */
  public BestTimeJob withZones(Map<String, ZoneId> zonesByAccount) {
    HashMap<String, ZoneId> copy = new HashMap<>(zones);
    zonesByAccount.forEach(
        (k, v) -> copy.put(Objects.requireNonNull(k, "account"), Objects.requireNonNull(v, k)));
    return new BestTimeJob(accountColumn, defaultZone, copy, table, settings(), locale);
  }

  /**
   * Returns this job with other settings.
   *
   * @param settings the thresholds, fallback grid and engagement definition
   * @return the new job
   * @throws IllegalArgumentException if the engagement definition sums the available components
   *     (not supported here)
   */
  public BestTimeJob withSettings(BestTimeSettings settings) {
    return new BestTimeJob(accountColumn, defaultZone, zones, table, settings, locale);
  }

  /**
   * Returns this job reading records with other table settings (accepted platforms).
   *
   * @param recordTable the table settings
   * @return the new job
   */
  public BestTimeJob withTable(PerformanceTable recordTable) {
    return new BestTimeJob(
        accountColumn, defaultZone, zones, Objects.requireNonNull(recordTable, "recordTable"),
        settings(), locale);
  }

  /**
   * Returns this job writing its explanations in another language (English by default; the
   * analytics module has English and Traditional Chinese).
   *
   * @param language the locale of the explanations
   * @return the new job
   */
  public BestTimeJob withLocale(Locale language) {
    return new BestTimeJob(accountColumn, defaultZone, zones, table, settings(),
        Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns the settings the job applies.
   *
   * @return the settings
   */
  public BestTimeSettings settings() {
    BestTimeSettings.Builder b =
        BestTimeSettings.builder()
            .minPostsPerBucket(minPostsPerBucket)
            .minPosts(minPosts)
            .minRankedBuckets(minRankedBuckets)
            .confidenceLevel(confidenceLevel);
    if (fallbackGrid != null) {
      b.fallbackGrid(fallbackGrid);
    }
    if (components != null && denominators != null) {
      b.engagementDefinition(EngagementDefinition.of(components, denominators));
    }
    return b.build();
  }

  /**
   * Returns the zone of an account.
   *
   * @param account the account, or null for records without one
   * @return its zone
   */
  public ZoneId zoneOf(@Nullable String account) {
    ZoneId z = account == null ? null : zones.get(account);
    return z == null ? defaultZone : z;
  }

  /**
   * Returns the schema of the job's output.
   *
   * @return the schema
   */
  public static StructType schema() {
    return SCHEMA;
  }

  /**
   * Runs the analysis per account and platform. Runs no job until an action is called.
   *
   * @param records any table that {@link PerformanceTable#conform} accepts (and, when the job reads
   *     the account from another column, with that column)
   * @return one row per account and platform, in the {@link #schema()}
   * @throws IllegalArgumentException naming the column when the table's columns do not fit; when
   *     the job runs, a row that is not a valid record fails it naming the row, column and value
   */
  public Dataset<Row> run(Dataset<Row> records) {
    BestTimeJob job = this;
    boolean own = ownAccounts();
    int accountAt = own ? PerformanceTable.ACCOUNT_INDEX : PerformanceTable.schema().size();
    return table
        .conform(records, own ? List.of() : List.of(accountColumn))
        .groupByKey(
            (MapFunction<Row, String>) r -> r.isNullAt(accountAt) ? null : r.getString(accountAt),
            Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>) (account, rows) -> job.analyse(account, rows),
            Encoders.row(SCHEMA));
  }

  /** Tells whether accounts are the records' own, from the schema's account column. */
  private boolean ownAccounts() {
    return accountColumn.equalsIgnoreCase(PerformanceTable.ACCOUNT);
  }

  private Iterator<Row> analyse(@Nullable String account, Iterator<Row> rows) {
    List<PerformanceRecord> records = new ArrayList<>();
    boolean own = ownAccounts();
    while (rows.hasNext()) {
      PerformanceRecord r = table.toRecord(rows.next());
      if (!own && account != null && !r.account().equals(Optional.of(account))) {
        r = withAccount(r, account);
      }
      records.add(r);
    }
    records.sort(ORDER);
    TreeSet<Platform> platforms = new TreeSet<>();
    records.forEach(r -> platforms.add(r.platform()));
    BestTimeSettings settings = settings();
    ZoneId zone = zoneOf(account);
    List<Row> out = new ArrayList<>();
    for (Platform p : platforms) {
      BestTimeResult result =
          account == null
              ? BestTimeToPost.analyse(p, zone, records, settings)
              : BestTimeToPost.analyse(p, account, zone, records, settings);
      out.add(toRow(account, result, locale));
    }
    return out.iterator();
  }

  private PerformanceRecord withAccount(PerformanceRecord record, String account) {
    try {
      return record.toBuilder().account(account).build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "column " + accountColumn + " has an account that is not valid: \"" + account + "\" ("
              + e.getMessage() + ")", e);
    }
  }

  /**
   * Converts a single-machine result into a row of {@link #schema()}.
   *
   * @param account the account, or null
   * @param result the result
   * @param language the locale of the explanation
   * @return the row
   */
  public static Row toRow(@Nullable String account, BestTimeResult result, Locale language) {
    List<Row> ranked = new ArrayList<>();
    for (BucketEstimate e : result.ranked()) {
      ranked.add(
          RowFactory.create(
              e.timeOfWeek().day().name(),
              e.timeOfWeek().hour(),
              e.posts(),
              e.observedIndex(),
              e.estimate(),
              e.shrinkageWeight(),
              e.lower(),
              e.upper()));
    }
    double[] grid = result.grid().toArray();
    List<Double> gridList = new ArrayList<>(grid.length);
    for (double g : grid) {
      gridList.add(g);
    }
    return new GenericRowWithSchema(new Object[] {
        account,
        result.platform().id(),
        result.zone().getId(),
        result.postsAnalysed(),
        result.postsWithoutRate(),
        result.postsOnOtherPlatforms(),
        boxed(result.medianRate()),
        boxed(result.grandMean()),
        boxed(result.withinVariance()),
        boxed(result.betweenVariance()),
        boxed(result.shrinkageConstant()),
        result.fallbackReason().map(Enum::name).orElse(null),
        result.explanation(language),
        scala.jdk.javaapi.CollectionConverters.asScala(gridList).toSeq(),
        scala.jdk.javaapi.CollectionConverters.asScala(ranked).toSeq()}, SCHEMA);
  }

  private static @Nullable Double boxed(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  /**
   * Reads the grid of a result row: the weights the scheduler consumes.
   *
   * @param row a row of {@link #schema()}
   * @return the 168-hour grid
   */
  public static TimeOfWeekGrid grid(Row row) {
    List<Double> weights = row.getList(SCHEMA.fieldIndex("grid"));
    double[] w = new double[weights.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.get(i);
    }
    return TimeOfWeekGrid.of(w);
  }

  /**
   * Reads the best hours of a result row, best first, as {@link BestTimeResult#best(int)} gives
   * them: the ranked buckets, or the fallback grid's best hours when the result fell back.
   *
   * @param row a row of {@link #schema()}
   * @param n how many at most
   * @return the hours of the week
   */
  public static List<TimeOfWeek> best(Row row, int n) {
    if (!row.isNullAt(SCHEMA.fieldIndex("fallback_reason"))) {
      List<TimeOfWeek> ranked = grid(row).ranked();
      return ranked.subList(0, Math.max(0, Math.min(n, ranked.size())));
    }
    return ranked(row).subList(0, Math.max(0, Math.min(n, ranked(row).size())));
  }

  /**
   * Reads the ranked buckets' hours of a result row, best first.
   *
   * @param row a row of {@link #schema()}
   * @return the hours with enough posts to be ranked, best first; empty when none has
   */
  public static List<TimeOfWeek> ranked(Row row) {
    List<Row> ranked = row.getList(SCHEMA.fieldIndex("ranked"));
    List<TimeOfWeek> out = new ArrayList<>();
    for (Row b : ranked) {
      out.add(TimeOfWeek.of(DayOfWeek.valueOf(b.getString(0)), b.getInt(1)));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "BestTimeJob[account column " + accountColumn + ", zone " + defaultZone
        + (zones.isEmpty() ? "" : ", " + zones.size() + " account zones") + ", " + settings() + "]";
  }
}
