package dev.socialplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceTableTest {
  private static final SparkSession SPARK = LocalSpark.session();
  private static final PerformanceTable TABLE = PerformanceTable.standard();
  private static final Instant NOON = Instant.parse("2024-03-05T12:00:00Z");

  /** A raw export: its own column order, upper-case names, int counts, an unrelated column. */
  private static final StructType RAW =
      new StructType()
          .add("Impressions", DataTypes.IntegerType, true)
          .add("PLATFORM", DataTypes.StringType, true)
          .add("post_id", DataTypes.StringType, true)
          .add("published_at", DataTypes.TimestampType, true)
          .add("format", DataTypes.StringType, true)
          .add("purpose", DataTypes.StringType, true)
          .add("notes", DataTypes.StringType, true)
          .add("spend_amount", DataTypes.createDecimalType(10, 2), true)
          .add("spend_currency", DataTypes.StringType, true);

  private static Row raw(Integer impressions, String platform, String id, String format,
      BigDecimal spend, String currency) {
    return RowFactory.create(impressions, platform, id, Timestamp.from(NOON), format, "promote",
        "ignored", spend, currency);
  }

  private static Dataset<Row> rawTable(Row... rows) {
    return SPARK.createDataFrame(List.of(rows), RAW);
  }

  private static PerformanceRecord.Builder post(String id) {
    return PerformanceRecord.builder().postId(id).platform(Platform.INSTAGRAM).publishedAt(NOON)
        .format(PostFormat.IMAGE).purpose(PostPurpose.PROMOTE);
  }

  /** The message of our exception inside Spark's job failure. */
  static String cause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof IllegalArgumentException && c.getMessage() != null
          && c.getMessage().startsWith("row ")) {
        return c.getMessage();
      }
    }
    throw new AssertionError("no row error in " + t, t);
  }

  @Test
  void schemaHasTheRequiredColumnsAndOneNullableBigintPerMeasure() {
    StructType s = PerformanceTable.schema();
    assertThat(s.fieldNames()).startsWith("post_id", "platform", "published_at", "format",
        "purpose", "paid", "impressions", "reach");
    assertThat(s.apply("platform").nullable()).isFalse();
    assertThat(s.apply("published_at").dataType()).isEqualTo(DataTypes.TimestampType);
    for (Measure m : Measure.values()) {
      assertThat(s.apply(PerformanceTable.column(m)).dataType()).isEqualTo(DataTypes.LongType);
      assertThat(s.apply(PerformanceTable.column(m)).nullable()).isTrue();
    }
    assertThat(s.apply("spend_amount").dataType()).isEqualTo(PerformanceTable.AMOUNT_TYPE);
    assertThat(PerformanceTable.column(Measure.VIDEO_COMPLETIONS)).isEqualTo("video_completions");
    assertThat(s.fieldNames()).contains("link_clicks", "engaged_users", "video_watch_time")
        .endsWith("revenue_currency", "account", "permalink", "campaign", "pillar", "hashtags",
            "average_video_watch_time");
    for (String text : List.of("account", "permalink", "campaign", "pillar")) {
      assertThat(s.apply(text).dataType()).isEqualTo(DataTypes.StringType);
      assertThat(s.apply(text).nullable()).isTrue();
    }
    assertThat(s.apply("hashtags").dataType())
        .isEqualTo(DataTypes.createArrayType(DataTypes.StringType, true));
    assertThat(s.apply("hashtags").nullable()).isTrue();
    assertThat(s.apply("average_video_watch_time").dataType()).isEqualTo(DataTypes.LongType);
  }

  @Test
  void carriesEveryFieldOfTheRecordThroughParquet(@TempDir Path dir) {
    List<PerformanceRecord> records =
        List.of(
            post("full").format(PostFormat.LINK).account("acme_tw").permalink("https://x.com/a/1")
                .campaign("spring launch").pillar("education").addHashtag("#skincare")
                .addHashtag("glow").clicks(40).linkClicks(31).reach(900).engagedUsers(77)
                .videoStarts(12).videoWatchTime(java.time.Duration.ofMillis(123_456))
                .averageVideoWatchTime(java.time.Duration.ofMillis(10_288)).build(),
            post("bare").build());
    String parquet = dir.resolve("full.parquet").toString();
    SPARK.createDataset(records, TABLE.encoder()).write().parquet(parquet);
    Dataset<Row> back = SPARK.read().parquet(parquet);
    assertThat(TABLE.records(back).collectAsList()).containsExactlyInAnyOrderElementsOf(records);
    Row full = back.where("post_id = 'full'").first();
    assertThat(full.<String>getAs("account")).isEqualTo("acme_tw");
    assertThat(full.getList(full.fieldIndex("hashtags"))).containsExactly("skincare", "glow");
    assertThat(full.getLong(full.fieldIndex("video_watch_time"))).isEqualTo(123_456L);
    assertThat(full.getLong(full.fieldIndex("average_video_watch_time"))).isEqualTo(10_288L);
    Row bare = back.where("post_id = 'bare'").first();
    for (String missing : List.of("account", "permalink", "campaign", "pillar", "link_clicks",
        "engaged_users", "video_watch_time", "average_video_watch_time")) {
      assertThat(bare.isNullAt(bare.fieldIndex(missing))).as(missing).isTrue();
    }
    assertThat(bare.getList(bare.fieldIndex("hashtags"))).isEmpty();
    // A table written by another tool: null hashtags and int columns read as none and as counts.
    Dataset<Row> foreign = rawTable(raw(5, "instagram", "f", "link", null, null))
        .selectExpr("*", "CAST(NULL AS ARRAY<STRING>) AS hashtags", "'acme' AS Account",
            "CAST(3 AS INT) AS engaged_users", "CAST(2500 AS INT) AS average_video_watch_time");
    assertThat(TABLE.records(foreign).collectAsList())
        .containsExactly(post("f").format(PostFormat.LINK).impressions(5).account("acme")
            .engagedUsers(3).averageVideoWatchTime(java.time.Duration.ofMillis(2500)).build());
  }

  @Test
  void refusesBadValuesOfTheNewColumnsNamingThem() {
    Dataset<Row> raw = rawTable(raw(1, "facebook", "p", "image", null, null));
    assertThatThrownBy(() -> TABLE.conform(raw.selectExpr("*", "array(1, 2) AS hashtags")))
        .hasMessage("column hashtags is array<int>, but must be array<string>");
    assertThatThrownBy(() -> TABLE.conform(raw.selectExpr("*", "1 AS account")))
        .hasMessage("column account is int, but must be string");
    List<String> reasons =
        TABLE.rejections(
                raw.selectExpr("*", "' ' AS account")
                    .unionByName(raw.selectExpr("*", "CAST(NULL AS STRING) AS account"))
                    .selectExpr("*", "CASE WHEN account IS NULL THEN array('ok', NULL)"
                        + " ELSE array('two words') END AS hashtags",
                        "CASE WHEN account IS NULL THEN -7 END AS average_video_watch_time"))
            .collectAsList().stream()
            .map(r -> r.getString(r.fieldIndex(PerformanceTable.REJECTION)))
            .sorted()
            .collect(Collectors.toList());
    assertThat(reasons).hasSize(2);
    assertThat(reasons.get(0)).startsWith("column account: account must not be blank");
    assertThat(reasons.get(1)).isEqualTo("column hashtags has a null hashtag at index 1");
    Dataset<Row> negative = raw.selectExpr("*", "-7 AS average_video_watch_time");
    assertThat(TABLE.rejections(negative).first().<String>getAs(PerformanceTable.REJECTION))
        .isEqualTo("column average_video_watch_time must not be negative: -7");
    Dataset<Row> spaced = raw.selectExpr("*", "array('two words') AS hashtags");
    assertThat(TABLE.rejections(spaced).first().<String>getAs(PerformanceTable.REJECTION))
        .isEqualTo("column hashtags at index 0: hashtag must not be blank or contain white space:"
            + " \"two words\"");
  }

  @Test
  void mapsATableByColumnNameWithOneCall() {
    Dataset<Row> raw =
        rawTable(raw(120, "Instagram", "a", "image", new BigDecimal("12.50"), "eur"),
            raw(null, "facebook", "b", "VIDEO", null, null));
    List<PerformanceRecord> read = TABLE.records(raw).collectAsList();
    assertThat(read)
        .containsExactlyInAnyOrder(
            post("a").impressions(120).spend(Money.parse("EUR 12.50")).build(),
            post("b").platform(Platform.FACEBOOK).format(PostFormat.VIDEO).build());
    StructType conformed = TABLE.conform(raw).schema();
    assertThat(conformed.fieldNames()).containsExactly(PerformanceTable.schema().fieldNames());
    for (int i = 0; i < conformed.size(); i++) {
      assertThat(conformed.fields()[i].dataType())
          .isEqualTo(PerformanceTable.schema().fields()[i].dataType());
    }
  }

  @Test
  void missingValuesStayMissingThroughTheEncoder(@TempDir Path dir) {
    List<PerformanceRecord> records =
        List.of(
            post("all").impressions(0).reach(0).shares(0).spend(Money.parse("JPY 0")).build(),
            post("none").build(),
            post("some").reactions(7).revenue(Money.parse("USD 0.01")).paid(true).build());
    Dataset<PerformanceRecord> ds = SPARK.createDataset(records, TABLE.encoder());
    String parquet = dir.resolve("posts.parquet").toString();
    ds.write().parquet(parquet);
    Dataset<Row> back = SPARK.read().parquet(parquet);
    assertThat(TABLE.records(back).collectAsList()).containsExactlyInAnyOrderElementsOf(records);
    Row none = back.where("post_id = 'none'").first();
    assertThat(none.isNullAt(none.fieldIndex("shares"))).isTrue();
    assertThat(none.isNullAt(none.fieldIndex("paid"))).isTrue();
    Row all = back.where("post_id = 'all'").first();
    assertThat(all.getLong(all.fieldIndex("shares"))).isZero();
  }

  @Test
  void refusesAMissingRequiredColumnNamingIt() {
    Dataset<Row> noTime = rawTable().drop("published_at").drop("format");
    assertThatThrownBy(() -> TABLE.conform(noTime))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the table lacks the required columns published_at, format (its columns:"
            + " Impressions, PLATFORM, post_id, purpose, notes, spend_amount, spend_currency)");
  }

  @Test
  void refusesAColumnOfTheWrongTypeNamingIt() {
    Dataset<Row> raw = rawTable();
    assertThatThrownBy(() -> TABLE.conform(raw.withColumn("reach", raw.col("notes").cast("double"))))
        .hasMessage("column reach is double, but must be an integer type (counts are whole numbers)");
    assertThatThrownBy(
            () -> TABLE.conform(raw.withColumn("spend_amount", raw.col("notes").cast("double"))))
        .hasMessage("column spend_amount is double, but must be a decimal with at most 18 decimals"
            + " and 20 integer digits, or an integer type (money is never floating point)");
    assertThatThrownBy(
            () -> TABLE.conform(raw.withColumn("published_at", raw.col("notes"))))
        .hasMessage("column published_at is string, but must be timestamp (an instant; a"
            + " timestamp_ntz has no zone)");
    assertThatThrownBy(
            () -> TABLE.conform(raw.withColumn("paid", raw.col("notes"))))
        .hasMessage("column paid is string, but must be boolean");
  }

  @Test
  void failsAJobOnABadRowNamingRowColumnAndValue() {
    Dataset<Row> negative = rawTable(raw(-5, "facebook", "p1", "image", null, null));
    assertThatThrownBy(() -> TABLE.records(negative).collectAsList())
        .satisfies(e -> assertThat(cause(e))
            .isEqualTo("row post_id=p1: column impressions must not be negative: -5"));
    Dataset<Row> typo = rawTable(raw(1, "faceboook", "p2", "image", null, null));
    assertThatThrownBy(() -> TABLE.records(typo).collectAsList())
        .satisfies(e -> assertThat(cause(e))
            .startsWith("row post_id=p2: column platform has an unknown platform id:"
                + " \"faceboook\" (known: bluesky, facebook,"));
  }

  @Test
  void reportsEveryRejectedRowWithItsReasonAndKeepsTheRest() {
    Dataset<Row> raw =
        rawTable(
            raw(1, "facebook", "ok", "image", new BigDecimal("1.25"), "USD"),
            raw(-1, "facebook", "negative", "image", null, null),
            raw(1, "myspace", "platform", "image", null, null),
            raw(1, "facebook", "format", "hologram", null, null),
            raw(1, "facebook", "yen", "image", new BigDecimal("1.50"), "JPY"),
            raw(1, "facebook", "currency", "image", new BigDecimal("1.50"), "XYZ"),
            raw(1, "facebook", "nocurrency", "image", new BigDecimal("2.00"), null),
            raw(1, null, "noplatform", "image", null, null));
    List<String> reasons =
        TABLE.rejections(raw).collectAsList().stream()
            .map(r -> r.getString(0) + ": " + r.getString(r.fieldIndex(PerformanceTable.REJECTION)))
            .sorted()
            .collect(Collectors.toList());
    assertThat(reasons)
        .containsExactly(
            "currency: column spend_currency has an unknown currency: \"XYZ\"",
            "format: column format has an unknown value: \"hologram\" (known: TEXT, IMAGE,"
                + " CAROUSEL, VIDEO, SHORT_VIDEO, LONG_VIDEO, STORY, LIVE, DOCUMENT, POLL, LINK)",
            "negative: column impressions must not be negative: -1",
            "nocurrency: column spend_amount is 2 but spend_currency is null",
            "noplatform: column platform must not be null",
            "platform: column platform has an unknown platform id: \"myspace\" (known: bluesky,"
                + " facebook, google-business-profile, instagram, linkedin, mastodon, pinterest,"
                + " reddit, snapchat, threads, tiktok, whatsapp, x, youtube)",
            "yen: column spend_amount has more decimals than JPY allows (0): 1.5");
    assertThat(TABLE.valid(raw).collectAsList()).extracting(r -> r.getString(0))
        .containsExactly("ok");
  }

  @Test
  void acceptsMorePlatformsWhenAsked() {
    Dataset<Row> raw = rawTable(raw(3, "Xiaohongshu", "x", "image", null, null));
    PerformanceTable wider = TABLE.withPlatforms(List.of(Platform.of("xiaohongshu")));
    assertThat(wider.records(raw).first().platform()).isEqualTo(Platform.of("xiaohongshu"));
    assertThat(wider).isNotEqualTo(TABLE).hasToString("PerformanceTable[xiaohongshu]");
    assertThat(TABLE.rejections(raw).count()).isEqualTo(1);
  }

  @Test
  void describesARowWithoutIdByPlatformAndInstant() {
    Row row = PerformanceTable.toRow(post("x").reach(1).build());
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    values[0] = null;
    values[PerformanceTable.FIRST_MEASURE + Measure.REACH.ordinal()] = -2L;
    assertThatThrownBy(() -> TABLE.toRecord(RowFactory.create(values)))
        .hasMessageStartingWith("row (platform=instagram, published_at=2024-03-05")
        .hasMessageEndingWith(": column reach must not be negative: -2");
  }

  @Test
  void readsTheRealDataSetWithSparksCsvReaderMissingValuesIncluded() throws Exception {
    // The file's own layout, read by Spark: integer columns where empty fields are nulls.
    Dataset<Row> csv =
        SPARK.read().option("header", "true").option("sep", ";").option("inferSchema", "true")
            .csv(FacebookCosmetics.path());
    Dataset<Row> mapped =
        csv.selectExpr(
            "'facebook' AS platform",
            "TIMESTAMP '2014-01-01 00:00:00' AS published_at",
            "'image' AS format",
            "'promote' AS purpose",
            "`Lifetime Post Total Reach` AS reach",
            "`Lifetime Post Total Impressions` AS impressions",
            "`Page total likes` AS followers",
            "`Lifetime Post Consumptions` AS clicks",
            "comment AS comments",
            "`like` AS reactions",
            "share AS shares");
    List<PerformanceRecord> fromSpark = TABLE.records(mapped).collectAsList();
    List<PerformanceRecord> reference = FacebookCosmetics.records();
    assertThat(fromSpark).hasSize(500);
    assertThat(fromSpark.stream().filter(r -> r.shares().isEmpty()).count())
        .isEqualTo(reference.stream().filter(r -> r.shares().isEmpty()).count())
        .isEqualTo(4);
    assertThat(fromSpark.stream().filter(r -> r.reactions().isEmpty()).count()).isEqualTo(1);
    assertThat(fromSpark.stream().mapToLong(r -> r.impressions().orElseThrow()).sum())
        .isEqualTo(reference.stream().mapToLong(r -> r.impressions().orElseThrow()).sum());
    assertThat(Files.exists(Path.of(FacebookCosmetics.path()))).isTrue();
  }
}
