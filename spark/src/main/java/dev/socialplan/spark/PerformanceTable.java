package dev.socialplan.spark;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.spark.internal.MoneyColumns;
import dev.socialplan.spark.internal.RecordCodec;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Performance records as a Spark table: the {@link #schema() schema}, the mapping of any {@code
 * Dataset<Row>} with named columns onto it ({@link #conform(Dataset)}), the conversion of its rows
 * into {@link PerformanceRecord}s and back, an {@link Encoder} for the typed API, and the report of
 * rows that cannot be records ({@link #rejections(Dataset)}).
 *
 * <h2>Columns</h2>
 *
 * <table>
 *   <caption>The columns of a performance table</caption>
 *   <tr><th>column</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>{@code post_id}</td><td>string</td><td>the caller's id of the post; optional</td></tr>
 *   <tr><td>{@code platform}</td><td>string</td><td>platform id ({@code facebook},
 *       {@code instagram}, ...); required</td></tr>
 *   <tr><td>{@code published_at}</td><td>timestamp</td><td>the instant of publication (a
 *       {@code TIMESTAMP}, not a {@code TIMESTAMP_NTZ}: a local time has no zone); required</td></tr>
 *   <tr><td>{@code format}</td><td>string</td><td>{@link PostFormat} name, any case; required</td></tr>
 *   <tr><td>{@code purpose}</td><td>string</td><td>{@link PostPurpose} name, any case;
 *       required</td></tr>
 *   <tr><td>{@code paid}</td><td>boolean</td><td>paid or organic; null for unknown</td></tr>
 *   <tr><td>one per {@link Measure}: {@code impressions}, {@code reach}, {@code views},
 *       {@code followers}, {@code reactions}, {@code comments}, {@code shares}, {@code saves},
 *       {@code clicks}, {@code follows}, {@code video_starts}, {@code video_completions},
 *       {@code conversions}, {@code link_clicks}, {@code engaged_users},
 *       {@code video_watch_time}</td><td>bigint (any integer type is accepted)</td><td>the count
 *       ({@code video_watch_time} in milliseconds); null when not measured (never read as
 *       0)</td></tr>
 *   <tr><td>{@code spend_amount}, {@code revenue_amount}</td><td>decimal(38,18) (any decimal with
 *       at most 18 decimals and 20 integer digits, or an integer type)</td><td>the amount;
 *       null when not measured. Never a floating-point column: money is exact</td></tr>
 *   <tr><td>{@code spend_currency}, {@code revenue_currency}</td><td>string</td><td>ISO 4217 code
 *       of the amount; required when the amount is present</td></tr>
 *   <tr><td>{@code account}, {@code permalink}, {@code campaign}, {@code pillar}</td>
 *       <td>string</td><td>the account the post was published from, its permanent link, its
 *       campaign and content pillar; null when unknown (a blank value is refused)</td></tr>
 *   <tr><td>{@code hashtags}</td><td>array&lt;string&gt;</td><td>the hashtags without the
 *       leading {@code #}, in order; null or empty when none or unknown (the record does not tell
 *       the two apart; {@link #toRow} writes an empty array)</td></tr>
 *   <tr><td>{@code average_video_watch_time}</td><td>bigint (any integer type)</td><td>the
 *       average watch time per play as the platform reported it, in milliseconds; null when not
 *       measured</td></tr>
 * </table>
 *
 * <p>Columns are found by name, case-insensitively, in any order; other columns are ignored. The
 * four required columns must exist; an optional column that does not exist is read as null
 * (missing) in every row, so a table with only some measures maps in as it is. A column of a type
 * that cannot hold its values exactly is refused when the table is mapped, before any job runs,
 * with an {@link IllegalArgumentException} naming the column and its type.
 *
 * <h2>Values</h2>
 *
 * <p>Each row is checked as it is converted: a negative count or amount, an unknown platform id,
 * format or purpose, an unknown currency, an amount with more decimals than its currency has, or an
 * amount without a currency is an {@link IllegalArgumentException} naming the row (its {@code
 * post_id}, or its platform and instant), the column and the value. A Spark action over such rows
 * fails with that message as the cause; {@link #rejections(Dataset)} lists them instead, with the
 * reason, so the rest can be kept ({@link #valid(Dataset)}). No row is dropped or read as zero
 * silently. Instants are kept to the microsecond, Spark's precision.
 *
 * <p>Platform ids must be one of {@link Platform#wellKnown()} (or the alias {@code twitter}) unless
 * more are accepted with {@link #withPlatforms(Collection)}: a misspelt id is an error, not a new
 * platform.
 *
 * <p>This class is immutable and thread-safe; it is serialisable so that Spark can ship it to
 * executors inside the functions that use it.
 */
public final class PerformanceTable implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The column of the post's id. */
  public static final String POST_ID = "post_id";

  /** The column of the platform id. */
  public static final String PLATFORM = "platform";

  /** The column of the publication instant. */
  public static final String PUBLISHED_AT = "published_at";

  /** The column of the post format. */
  public static final String FORMAT = "format";

  /** The column of the post purpose. */
  public static final String PURPOSE = "purpose";

  /** The column of the paid flag. */
  public static final String PAID = "paid";

  /** The column of the spend amount. */
  public static final String SPEND_AMOUNT = "spend_amount";

  /** The column of the spend currency. */
  public static final String SPEND_CURRENCY = "spend_currency";

  /** The column of the revenue amount. */
  public static final String REVENUE_AMOUNT = "revenue_amount";

  /** The column of the revenue currency. */
  public static final String REVENUE_CURRENCY = "revenue_currency";

  /** The column of the account the post was published from. */
  public static final String ACCOUNT = "account";

  /** The column of the post's permanent link. */
  public static final String PERMALINK = "permalink";

  /** The column of the post's campaign. */
  public static final String CAMPAIGN = "campaign";

  /** The column of the post's content pillar. */
  public static final String PILLAR = "pillar";

  /** The column of the post's hashtags. */
  public static final String HASHTAGS = "hashtags";

  /** The column of the average video watch time per play, in milliseconds. */
  public static final String AVERAGE_VIDEO_WATCH_TIME = "average_video_watch_time";

  /** The type of the {@value #HASHTAGS} column. */
  static final DataType HASHTAGS_TYPE = DataTypes.createArrayType(DataTypes.StringType, true);

  /** The type of amount columns: 20 integer digits and 18 decimals, exact. */
  public static final DecimalType AMOUNT_TYPE = DataTypes.createDecimalType(38, 18);

  /** The column of the reason a row was rejected, in {@link #rejections(Dataset)}. */
  public static final String REJECTION = "rejection";

  private static final List<String> REQUIRED = List.of(PLATFORM, PUBLISHED_AT, FORMAT, PURPOSE);

  private static final Measure[] MEASURES = Measure.values();

  private static final StructType SCHEMA = buildSchema();

  /** Index of the first measure column in {@link #schema()}. */
  static final int FIRST_MEASURE = 6;

  /** Index of the spend amount column in {@link #schema()}. */
  static final int SPEND_INDEX = FIRST_MEASURE + MEASURES.length;

  /** Index of the account column in {@link #schema()}, after the four money columns. */
  static final int ACCOUNT_INDEX = SPEND_INDEX + 4;

  /** Index of the hashtags column in {@link #schema()}. */
  static final int HASHTAGS_INDEX = ACCOUNT_INDEX + 4;

  /** Index of the average video watch time column in {@link #schema()}. */
  static final int AVERAGE_WATCH_INDEX = HASHTAGS_INDEX + 1;

  private static final PerformanceTable STANDARD = new PerformanceTable(new TreeSet<>());

  /** Accepted platform ids beyond the well-known ones. */
  private final TreeSet<String> extraPlatforms;

  private PerformanceTable(TreeSet<String> extraPlatforms) {
    this.extraPlatforms = extraPlatforms;
  }

  /**
   * Returns the table that accepts the well-known platforms.
   *
   * @return the standard table
   */
  public static PerformanceTable standard() {
    return STANDARD;
  }

  /**
   * Returns a table that also accepts the given platforms.
   *
   * @param platforms platforms to accept beyond the well-known ones
   * @return the new table
   */
  public PerformanceTable withPlatforms(Collection<Platform> platforms) {
    TreeSet<String> ids = new TreeSet<>(extraPlatforms);
    for (Platform p : platforms) {
      ids.add(p.id());
    }
    return new PerformanceTable(ids);
  }

  private static StructType buildSchema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(POST_ID, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(PLATFORM, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(PUBLISHED_AT, DataTypes.TimestampType, false));
    fields.add(DataTypes.createStructField(FORMAT, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(PURPOSE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(PAID, DataTypes.BooleanType, true));
    for (Measure m : MEASURES) {
      fields.add(DataTypes.createStructField(column(m), DataTypes.LongType, true));
    }
    fields.add(DataTypes.createStructField(SPEND_AMOUNT, AMOUNT_TYPE, true));
    fields.add(DataTypes.createStructField(SPEND_CURRENCY, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(REVENUE_AMOUNT, AMOUNT_TYPE, true));
    fields.add(DataTypes.createStructField(REVENUE_CURRENCY, DataTypes.StringType, true));
    // Appended after the money columns so that the measure and money indices stay where they were.
    fields.add(DataTypes.createStructField(ACCOUNT, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(PERMALINK, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(CAMPAIGN, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(PILLAR, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(HASHTAGS, HASHTAGS_TYPE, true));
    fields.add(DataTypes.createStructField(AVERAGE_VIDEO_WATCH_TIME, DataTypes.LongType, true));
    return DataTypes.createStructType(fields);
  }

  /**
   * Returns the schema of a performance table, in its canonical column order.
   *
   * @return the schema
   */
  public static StructType schema() {
    return SCHEMA;
  }

  /**
   * Returns the column name of a measure: its constant name in lower case ({@code video_starts}).
   *
   * @param measure the measure
   * @return the column name
   */
  public static String column(Measure measure) {
    return measure.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Maps a table with named columns onto the {@link #schema() schema}: finds each column by name
   * (case-insensitively), widens integer columns to {@code bigint} and amounts to {@code
   * decimal(38,18)} (both exact), reads absent optional columns as nulls and drops other columns.
   * The result has the schema's names, order and types; its columns are nullable, since values
   * are checked only when rows are converted.
   * Runs no job: only the plan is built, so a Parquet or Delta table maps in with one call.
   *
   * @param table any table with the required columns
   * @return the table in the canonical schema
   * @throws IllegalArgumentException naming the column when a required column is missing, or a
   *     column's type cannot hold its values exactly
   */
  public Dataset<Row> conform(Dataset<Row> table) {
    return conform(table, List.of());
  }

  /** As {@link #conform(Dataset)}, with extra columns of the table kept after the schema's. */
  Dataset<Row> conform(Dataset<Row> table, List<String> extraColumns) {
    StructType given = table.schema();
    Map<String, StructField> byName =
        Arrays.stream(given.fields())
            .collect(
                Collectors.toMap(
                    f -> f.name().toLowerCase(Locale.ROOT), f -> f, (a, b) -> a));
    List<String> missing = new ArrayList<>();
    for (String r : REQUIRED) {
      if (!byName.containsKey(r)) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "the table lacks the required column" + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing) + " (its columns: "
              + String.join(", ", given.fieldNames()) + ")");
    }
    List<Column> columns = new ArrayList<>();
    for (StructField target : SCHEMA.fields()) {
      StructField source = byName.get(target.name());
      if (source == null) {
        columns.add(functions.lit(null).cast(target.dataType()).as(target.name()));
        continue;
      }
      checkType(source, target.dataType());
      columns.add(table.col(quoted(source.name())).cast(target.dataType()).as(target.name()));
    }
    for (String extra : extraColumns) {
      StructField source = byName.get(extra.toLowerCase(Locale.ROOT));
      if (source == null) {
        throw new IllegalArgumentException(
            "the table lacks the column " + extra + " (its columns: "
                + String.join(", ", given.fieldNames()) + ")");
      }
      columns.add(table.col(quoted(source.name())));
    }
    return table.select(columns.toArray(new Column[0]));
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static void checkType(StructField source, DataType target) {
    DataType t = source.dataType();
    String name = source.name();
    boolean ok;
    String need;
    if (target.equals(DataTypes.LongType)) {
      ok = isInteger(t);
      need = "an integer type (counts are whole numbers)";
    } else if (target.equals(AMOUNT_TYPE)) {
      ok = isInteger(t)
          || t instanceof DecimalType
              && ((DecimalType) t).scale() <= AMOUNT_TYPE.scale()
              && ((DecimalType) t).precision() - ((DecimalType) t).scale()
                  <= AMOUNT_TYPE.precision() - AMOUNT_TYPE.scale();
      need = "a decimal with at most 18 decimals and 20 integer digits, or an integer type"
          + " (money is never floating point)";
    } else if (target.equals(HASHTAGS_TYPE)) {
      ok = t instanceof ArrayType
          && ((ArrayType) t).elementType().equals(DataTypes.StringType);
      need = "array<string>";
    } else if (target.equals(DataTypes.TimestampType)) {
      ok = t.equals(DataTypes.TimestampType);
      need = "timestamp (an instant; a timestamp_ntz has no zone)";
    } else {
      ok = t.equals(target);
      need = target.simpleString();
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "column " + name + " is " + t.simpleString() + ", but must be " + need);
    }
  }

  private static boolean isInteger(DataType t) {
    return t.equals(DataTypes.LongType)
        || t.equals(DataTypes.IntegerType)
        || t.equals(DataTypes.ShortType)
        || t.equals(DataTypes.ByteType);
  }

  /**
   * Maps a table onto the schema and converts its rows into records, for the typed API. Rows are
   * checked when they are decoded into records, by an action that reads them (not by {@code
   * count()}, which Spark answers without decoding); a row that is not a valid record fails the
   * job with a message naming the row, the column and the value ({@link #rejections(Dataset)}
   * lists them instead).
   *
   * @param table any table with the required columns
   * @return the records
   * @throws IllegalArgumentException naming the column when the table's columns do not fit
   */
  public Dataset<PerformanceRecord> records(Dataset<Row> table) {
    return conform(table).as(encoder());
  }

  /**
   * Returns the encoder of records in this table's schema: a record is stored as the columns of
   * {@link #schema()}, not as an opaque blob, so a {@code Dataset<PerformanceRecord>} can be
   * written as Parquet and queried with SQL. Decoding checks each row as {@link #toRecord(Row)}
   * does.
   *
   * @return the encoder
   */
  public Encoder<PerformanceRecord> encoder() {
    return RecordCodec.encoder(this);
  }

  /**
   * Creates a table of records, in the canonical schema.
   *
   * @param spark the session
   * @param records the records
   * @return the table
   */
  public static Dataset<Row> toTable(SparkSession spark, Collection<PerformanceRecord> records) {
    List<Row> rows = new ArrayList<>(records.size());
    for (PerformanceRecord r : records) {
      rows.add(toRow(r));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * Converts a record into a row of the {@link #schema() schema}; missing counts and amounts
   * become nulls.
   *
   * @param record the record
   * @return the row
   */
  public static Row toRow(PerformanceRecord record) {
    Object[] v = new Object[SCHEMA.size()];
    v[0] = record.postId().orElse(null);
    v[1] = record.platform().id();
    v[2] = Timestamp.from(record.publishedAt());
    v[3] = record.format().name();
    v[4] = record.purpose().name();
    v[5] = record.paid() == PaidStatus.UNKNOWN ? null : record.paid() == PaidStatus.PAID;
    for (int i = 0; i < MEASURES.length; i++) {
      var c = record.count(MEASURES[i]);
      v[FIRST_MEASURE + i] = c.isPresent() ? c.getAsLong() : null;
    }
    record.spend().ifPresent(m -> {
      v[SPEND_INDEX] = m.getAmount();
      v[SPEND_INDEX + 1] = m.getCurrencyUnit().getCode();
    });
    record.revenue().ifPresent(m -> {
      v[SPEND_INDEX + 2] = m.getAmount();
      v[SPEND_INDEX + 3] = m.getCurrencyUnit().getCode();
    });
    v[ACCOUNT_INDEX] = record.account().orElse(null);
    v[ACCOUNT_INDEX + 1] = record.permalink().orElse(null);
    v[ACCOUNT_INDEX + 2] = record.campaign().orElse(null);
    v[ACCOUNT_INDEX + 3] = record.pillar().orElse(null);
    v[HASHTAGS_INDEX] = scala.jdk.javaapi.CollectionConverters.asScala(record.hashtags()).toSeq();
    v[AVERAGE_WATCH_INDEX] = record.averageVideoWatchTime().map(Duration::toMillis).orElse(null);
    return RowFactory.create(v);
  }

  /**
   * Converts a row of the {@link #schema() schema} (as {@link #conform(Dataset)} gives) into a
   * record, checking every value.
   *
   * @param row the row, its fields in the schema's order
   * @return the record
   * @throws IllegalArgumentException naming the row, the column and the value when the row is not
   *     a valid record
   */
  public PerformanceRecord toRecord(Row row) {
    try {
      return convert(row);
    } catch (IllegalArgumentException | ArithmeticException | IllegalStateException
        | ClassCastException e) {
      throw new IllegalArgumentException(describe(row) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Tells why a row is not a valid record.
   *
   * @param row a row of the schema
   * @return the reason, or empty when the row converts
   */
  public Optional<String> rejection(Row row) {
    try {
      convert(row);
      return Optional.empty();
    } catch (IllegalArgumentException | ArithmeticException | IllegalStateException
        | ClassCastException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  /**
   * Lists the rows that are not valid records, each with the reason in a {@code rejection}
   * column (naming the column and the value), like the csv module's rejected lines.
   *
   * @param table any table with the required columns
   * @return the rejected rows in the canonical schema plus {@code rejection}
   * @throws IllegalArgumentException naming the column when the table's columns do not fit
   */
  public Dataset<Row> rejections(Dataset<Row> table) {
    // Rejected rows may lack required values: every column of the report is nullable.
    StructType out = new StructType();
    for (StructField f : SCHEMA.fields()) {
      out = out.add(f.name(), f.dataType(), true);
    }
    out = out.add(REJECTION, DataTypes.StringType, false);
    StructType report = out;
    PerformanceTable self = this;
    return conform(table)
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>)
                rows -> {
                  List<Row> found = new ArrayList<>();
                  while (rows.hasNext()) {
                    Row r = rows.next();
                    Optional<String> why = self.rejection(r);
                    if (why.isPresent()) {
                      Object[] v = new Object[report.size()];
                      for (int i = 0; i < SCHEMA.size(); i++) {
                        v[i] = r.get(i);
                      }
                      v[SCHEMA.size()] = why.get();
                      found.add(RowFactory.create(v));
                    }
                  }
                  return found.iterator();
                },
            Encoders.row(report));
  }

  /**
   * Keeps the rows that are valid records, in the canonical schema: the complement of {@link
   * #rejections(Dataset)}.
   *
   * @param table any table with the required columns
   * @return the valid rows
   * @throws IllegalArgumentException naming the column when the table's columns do not fit
   */
  public Dataset<Row> valid(Dataset<Row> table) {
    PerformanceTable self = this;
    return conform(table)
        .filter(
            (org.apache.spark.api.java.function.FilterFunction<Row>)
                r -> self.rejection(r).isEmpty());
  }

  private PerformanceRecord convert(Row row) {
    PerformanceRecord.Builder b = PerformanceRecord.builder();
    text(row, 0, b::postId);
    b.platform(platform(required(row, 1)));
    b.publishedAt(instant(row.get(2), PUBLISHED_AT));
    b.format(constant(PostFormat.class, required(row, 3), FORMAT));
    b.purpose(constant(PostPurpose.class, required(row, 4), PURPOSE));
    if (!row.isNullAt(5)) {
      b.paid(row.getBoolean(5));
    }
    for (int i = 0; i < MEASURES.length; i++) {
      int at = FIRST_MEASURE + i;
      if (!row.isNullAt(at)) {
        long v = ((Number) row.get(at)).longValue();
        if (v < 0) {
          throw new IllegalArgumentException(
              "column " + SCHEMA.fields()[at].name() + " must not be negative: " + v);
        }
        b.count(MEASURES[i], v);
      }
    }
    Money spend = money(row, SPEND_INDEX);
    if (spend != null) {
      b.spend(spend);
    }
    Money revenue = money(row, SPEND_INDEX + 2);
    if (revenue != null) {
      b.revenue(revenue);
    }
    text(row, ACCOUNT_INDEX, b::account);
    text(row, ACCOUNT_INDEX + 1, b::permalink);
    text(row, ACCOUNT_INDEX + 2, b::campaign);
    text(row, ACCOUNT_INDEX + 3, b::pillar);
    if (!row.isNullAt(HASHTAGS_INDEX)) {
      List<Object> tags = row.getList(HASHTAGS_INDEX);
      for (int i = 0; i < tags.size(); i++) {
        Object tag = tags.get(i);
        if (tag == null) {
          throw new IllegalArgumentException(
              "column " + HASHTAGS + " has a null hashtag at index " + i);
        }
        int index = i;
        checked(HASHTAGS, () -> b.addHashtag((String) tag), " at index " + index);
      }
    }
    if (!row.isNullAt(AVERAGE_WATCH_INDEX)) {
      long millis = ((Number) row.get(AVERAGE_WATCH_INDEX)).longValue();
      if (millis < 0) {
        throw new IllegalArgumentException(
            "column " + AVERAGE_VIDEO_WATCH_TIME + " must not be negative: " + millis);
      }
      b.averageVideoWatchTime(Duration.ofMillis(millis));
    }
    return b.build();
  }

  private static void text(Row row, int at, Consumer<String> setter) {
    if (!row.isNullAt(at)) {
      String value = row.getString(at);
      checked(SCHEMA.fields()[at].name(), () -> setter.accept(value), "");
    }
  }

  /** Runs a builder call, naming the column in the message of a value the builder refuses. */
  private static void checked(String column, Runnable set, String where) {
    try {
      set.run();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("column " + column + where + ": " + e.getMessage(), e);
    }
  }

  private static String required(Row row, int at) {
    if (row.isNullAt(at)) {
      throw new IllegalArgumentException(
          "column " + SCHEMA.fields()[at].name() + " must not be null");
    }
    return row.getString(at);
  }

  static Instant instant(@Nullable Object value, String column) {
    if (value == null) {
      throw new IllegalArgumentException("column " + column + " must not be null");
    }
    if (value instanceof Instant) {
      return (Instant) value;
    }
    return ((Timestamp) value).toInstant();
  }

  private Platform platform(String id) {
    String normalised = id.strip().toLowerCase(Locale.ROOT);
    if (!normalised.equals("twitter")
        && !extraPlatforms.contains(normalised)
        && Platform.wellKnown().stream().noneMatch(p -> p.id().equals(normalised))) {
      throw new IllegalArgumentException(
          "column " + PLATFORM + " has an unknown platform id: \"" + id + "\" (known: "
              + knownPlatforms() + ")");
    }
    return Platform.of(id);
  }

  private String knownPlatforms() {
    Set<String> ids = new TreeSet<>(extraPlatforms);
    Platform.wellKnown().forEach(p -> ids.add(p.id()));
    return String.join(", ", ids);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String column) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "column " + column + " has an unknown value: \"" + value + "\" (known: "
              + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ")", e);
    }
  }

  private static @Nullable Money money(Row row, int at) {
    String amountColumn = SCHEMA.fields()[at].name();
    String currencyColumn = SCHEMA.fields()[at + 1].name();
    if (row.isNullAt(at)) {
      return null;
    }
    BigDecimal amount = row.getDecimal(at);
    if (row.isNullAt(at + 1)) {
      throw new IllegalArgumentException(
          "column " + amountColumn + " is " + amount.stripTrailingZeros().toPlainString()
              + " but " + currencyColumn + " is null");
    }
    return MoneyColumns.money(amount, row.getString(at + 1), amountColumn, currencyColumn);
  }

  private static String describe(Row row) {
    Object id = row.isNullAt(0) ? null : row.get(0);
    if (id != null) {
      return "row " + POST_ID + "=" + id;
    }
    return "row (" + PLATFORM + "=" + row.get(1) + ", " + PUBLISHED_AT + "=" + row.get(2) + ")";
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PerformanceTable
        && extraPlatforms.equals(((PerformanceTable) obj).extraPlatforms);
  }

  @Override
  public int hashCode() {
    return extraPlatforms.hashCode();
  }

  /**
   * Returns a readable form naming the accepted platforms beyond the well-known ones.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "PerformanceTable" + (extraPlatforms.isEmpty() ? "" : extraPlatforms);
  }
}
