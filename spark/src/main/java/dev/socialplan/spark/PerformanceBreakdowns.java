package dev.socialplan.spark;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.GroupKey;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.spark.internal.SummaryAggregators;
import dev.socialplan.timing.TimeOfWeek;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.threeten.extra.YearWeek;

/**
 * Performance breakdowns by any {@link Grouping} of the analytics module, computed by Spark: the
 * distributed counterpart of {@code PerformanceBreakdown.of(grouping, records)}, with equal
 * results for any partitioning.
 *
 * <p>Each row of the table is checked and converted into a record on the executor that reads it
 * ({@link PerformanceTable#toRecord}); its group keys are computed by the analytics module's own
 * {@link Grouping#keysOf(PerformanceRecord)} (so local weekdays, hours, days, ISO weeks and months
 * are taken in the grouping's zone exactly as on one machine); the summaries are then aggregated by
 * Spark with a partial aggregation before the shuffle ({@link PerformanceAggregators}). Only the
 * per-group summaries reach the driver, in {@link #collect}.
 *
 * <p>Under a grouping by {@link Dimension#HASHTAG} a post with several hashtags counts in the group
 * of each of its hashtags, as on one machine: the groups' counts then add up to more than the
 * table's (see {@code docs/csv.md}).
 *
 * <p>Key columns, one or two per dimension, in the order of {@link Dimension}: {@code platform}
 * (platform id), {@code format}, {@code purpose}, {@code paid} ({@code PAID}, {@code ORGANIC},
 * {@code UNKNOWN}), {@code account}, {@code campaign}, {@code pillar} and {@code hashtag} (strings,
 * null for the group of posts without one), {@code weekday} ({@code MONDAY} ... {@code SUNDAY}) and
 * {@code hour} (0-23) for time of week, {@code day} (date), {@code week} ({@code 2024-W05}), {@code
 * month} ({@code 2024-01}); then {@code summary}, the struct of {@link
 * PerformanceAggregators#schema()}.
 */
public final class PerformanceBreakdowns {
  private PerformanceBreakdowns() {}

  /** The column of each group's summary. */
  public static final String SUMMARY = "summary";

  /**
   * Returns the key columns of a grouping.
   *
   * @param grouping the grouping
   * @return the column names, in order
   */
  public static List<String> keyColumns(Grouping grouping) {
    List<String> names = new ArrayList<>();
    for (Dimension d : grouping.dimensions()) {
      switch (d) {
        case TIME_OF_WEEK:
          names.add("weekday");
          names.add("hour");
          break;
        default:
          names.add(d.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return Collections.unmodifiableList(names);
  }

  private static StructType keySchema(Grouping grouping) {
    StructType s = new StructType();
    for (String name : keyColumns(grouping)) {
      s = s.add(name, typeOf(name), OPTIONAL_KEYS.contains(name));
    }
    return s;
  }

  /** Key columns of dimensions a record may lack: null stands for the group without a value. */
  private static final java.util.Set<String> OPTIONAL_KEYS =
      java.util.Set.of("account", "campaign", "pillar", "hashtag");

  private static org.apache.spark.sql.types.DataType typeOf(String column) {
    switch (column) {
      case "hour":
        return DataTypes.IntegerType;
      case "day":
        return DataTypes.DateType;
      default:
        return DataTypes.StringType;
    }
  }

  /**
   * Breaks a table down by a grouping: one row per non-empty group, with the key columns and the
   * {@code summary} struct. Runs no job until an action is called.
   *
   * @param table any table that {@link PerformanceTable#conform} accepts
   * @param grouping the grouping
   * @param recordTable the table settings (accepted platforms)
   * @return the groups
   * @throws IllegalArgumentException naming the column when the table's columns do not fit, or
   *     when the grouping adds up only some measures ({@link Grouping#withMeasures}: the summary
   *     struct holds every measure); when the job runs, a row that is not a valid record fails it
   *     with a message naming the row, the column and the value
   */
  public static Dataset<Row> summaries(
      Dataset<Row> table, Grouping grouping, PerformanceTable recordTable) {
    if (grouping.measures().size() < Measure.values().length
        || grouping.amounts().size() < MoneyMeasure.values().length) {
      throw new IllegalArgumentException(
          "Spark summaries add up every measure, so the grouping must too: " + grouping);
    }
    StructType keys = keySchema(grouping);
    StructType input = SummaryAggregators.inputSchema();
    StructType keyed = new StructType(concat(keys, input));
    int measures = Measure.values().length;
    Dataset<Row> rows =
        recordTable
            .conform(table)
            .flatMap(
                (FlatMapFunction<Row, Row>)
                    row -> {
                      PerformanceRecord record = recordTable.toRecord(row);
                      // One key, or one per hashtag under a grouping by hashtag.
                      List<GroupKey> groupKeys = grouping.keysOf(record);
                      List<Row> out = new ArrayList<>(groupKeys.size());
                      for (GroupKey groupKey : groupKeys) {
                        Object[] key = keyValues(grouping, groupKey);
                        Object[] v = new Object[key.length + measures + 4];
                        System.arraycopy(key, 0, v, 0, key.length);
                        int from = PerformanceTable.FIRST_MEASURE;
                        for (int i = 0; i < measures + 4; i++) {
                          v[key.length + i] = row.get(from + i);
                        }
                        out.add(RowFactory.create(v));
                      }
                      return out.iterator();
                    },
                Encoders.row(keyed));
    List<Column> keyColumns = new ArrayList<>();
    for (String name : keyColumns(grouping)) {
      keyColumns.add(functions.col(name));
    }
    return rows.groupBy(keyColumns.toArray(new Column[0]))
        .agg(PerformanceAggregators.summaryColumn().as(SUMMARY));
  }

  /**
   * Breaks a table down by a grouping with the {@link PerformanceTable#standard() standard}
   * table settings.
   *
   * @param table any table that {@link PerformanceTable#conform} accepts
   * @param grouping the grouping
   * @return the groups, as {@link #summaries(Dataset, Grouping, PerformanceTable)}
   */
  public static Dataset<Row> summaries(Dataset<Row> table, Grouping grouping) {
    return summaries(table, grouping, PerformanceTable.standard());
  }

  private static org.apache.spark.sql.types.StructField[] concat(StructType a, StructType b) {
    List<org.apache.spark.sql.types.StructField> fields = new ArrayList<>();
    Collections.addAll(fields, a.fields());
    Collections.addAll(fields, b.fields());
    return fields.toArray(new org.apache.spark.sql.types.StructField[0]);
  }

  private static Object[] keyValues(Grouping grouping, GroupKey key) {
    List<Object> v = new ArrayList<>();
    for (Dimension d : grouping.dimensions()) {
      switch (d) {
        case PLATFORM:
          v.add(key.platform().orElseThrow().id());
          break;
        case FORMAT:
          v.add(key.format().orElseThrow().name());
          break;
        case PURPOSE:
          v.add(key.purpose().orElseThrow().name());
          break;
        case PAID:
          v.add(key.paid().orElseThrow().name());
          break;
        case ACCOUNT:
          v.add(key.account().orElse(null));
          break;
        case CAMPAIGN:
          v.add(key.campaign().orElse(null));
          break;
        case PILLAR:
          v.add(key.pillar().orElse(null));
          break;
        case HASHTAG:
          v.add(key.hashtag().orElse(null));
          break;
        case TIME_OF_WEEK:
          v.add(key.timeOfWeek().orElseThrow().day().name());
          v.add(key.timeOfWeek().orElseThrow().hour());
          break;
        case DAY:
          v.add(java.sql.Date.valueOf(key.day().orElseThrow()));
          break;
        case WEEK:
          v.add(key.week().orElseThrow().toString());
          break;
        case MONTH:
          v.add(key.month().orElseThrow().toString());
          break;
        default:
          throw new IllegalStateException("dimension not supported: " + d);
      }
    }
    return v.toArray();
  }

  /**
   * Runs the breakdown and brings the summaries to the driver: the same map as the single-machine
   * {@code PerformanceBreakdown.of(grouping, records).groups()}.
   *
   * @param table any table that {@link PerformanceTable#conform} accepts
   * @param grouping the grouping
   * @param recordTable the table settings (accepted platforms)
   * @return the summary of each non-empty group, in key order
   * @throws IllegalArgumentException as {@link #summaries(Dataset, Grouping, PerformanceTable)}
   *     (Spark reports a failed job as its own exception with this one as the cause)
   */
  public static SortedMap<GroupKey, PerformanceSummary> collect(
      Dataset<Row> table, Grouping grouping, PerformanceTable recordTable) {
    TreeMap<GroupKey, PerformanceSummary> out = new TreeMap<>();
    List<String> names = keyColumns(grouping);
    for (Row row : summaries(table, grouping, recordTable).collectAsList()) {
      out.put(keyOf(grouping, row), PerformanceAggregators.toSummary(row.getStruct(names.size())));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * Converts the key columns of a row of {@link #summaries} back into a group key.
   *
   * @param grouping the grouping the row was computed with
   * @param row the row
   * @return the key
   */
  public static GroupKey keyOf(Grouping grouping, Row row) {
    GroupKey key = GroupKey.empty();
    int at = 0;
    for (Dimension d : grouping.dimensions()) {
      switch (d) {
        case PLATFORM:
          key = key.withPlatform(Platform.of(row.getString(at++)));
          break;
        case FORMAT:
          key = key.withFormat(PostFormat.valueOf(row.getString(at++)));
          break;
        case PURPOSE:
          key = key.withPurpose(PostPurpose.valueOf(row.getString(at++)));
          break;
        case PAID:
          key = key.withPaid(PaidStatus.valueOf(row.getString(at++)));
          break;
        case ACCOUNT:
          if (!row.isNullAt(at)) {
            key = key.withAccount(row.getString(at));
          }
          at++;
          break;
        case CAMPAIGN:
          if (!row.isNullAt(at)) {
            key = key.withCampaign(row.getString(at));
          }
          at++;
          break;
        case PILLAR:
          if (!row.isNullAt(at)) {
            key = key.withPillar(row.getString(at));
          }
          at++;
          break;
        case HASHTAG:
          if (!row.isNullAt(at)) {
            key = key.withHashtag(row.getString(at));
          }
          at++;
          break;
        case TIME_OF_WEEK:
          key = key.withTimeOfWeek(
              TimeOfWeek.of(DayOfWeek.valueOf(row.getString(at)), row.getInt(at + 1)));
          at += 2;
          break;
        case DAY:
          key = key.withDay(date(row.get(at++)));
          break;
        case WEEK:
          key = key.withWeek(YearWeek.parse(row.getString(at++)));
          break;
        case MONTH:
          key = key.withMonth(YearMonth.parse(row.getString(at++)));
          break;
        default:
          throw new IllegalStateException("dimension not supported: " + d);
      }
    }
    return key;
  }

  private static LocalDate date(Object value) {
    return value instanceof LocalDate ? (LocalDate) value : ((java.sql.Date) value).toLocalDate();
  }
}
