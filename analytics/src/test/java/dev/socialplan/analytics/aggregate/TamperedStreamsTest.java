package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The aggregates never trust their stream (issue 10): a record, summary, accumulator or breakdown
 * whose serialised form is changed to carry a negative count, a total without records or a blank
 * post id is refused with an {@link InvalidObjectException} naming the field. Before the fix each
 * was read into an object its factory would have refused (a negative count then spread through
 * every merge of a distributed aggregation).
 */
class TamperedStreamsTest {
  /** A distinctive count, so its eight bytes occur once in a stream. */
  private static final long IMPRESSIONS = 987_654_321L;

  private static PerformanceRecord record() {
    return Fixtures.facebookPhoto().toBuilder().impressions(IMPRESSIONS).build();
  }

  private static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] stream) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
      return in.readObject();
    }
  }

  private static byte[] bytes(long value) {
    return ByteBuffer.allocate(8).putLong(value).array();
  }

  /** Replaces the only occurrence of {@code from} by {@code to}, of the same length. */
  private static byte[] replace(byte[] stream, byte[] from, byte[] to) {
    assertThat(to).hasSameSizeAs(from);
    int found = -1;
    for (int i = 0; i + from.length <= stream.length; i++) {
      int j = 0;
      while (j < from.length && stream[i + j] == from[j]) {
        j++;
      }
      if (j == from.length) {
        assertThat(found).as("the tampered bytes occur once").isEqualTo(-1);
        found = i;
      }
    }
    assertThat(found).as("the tampered bytes occur").isNotNegative();
    byte[] copy = stream.clone();
    System.arraycopy(to, 0, copy, found, to.length);
    return copy;
  }

  private static void assertRefused(byte[] stream, String message) {
    assertThatThrownBy(() -> deserialize(stream))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aRecordWithANegativeCountOrABlankIdIsRefused() throws Exception {
    byte[] stream = serialize(record());
    assertThat(deserialize(stream)).isEqualTo(record());
    assertRefused(
        replace(stream, bytes(IMPRESSIONS), bytes(-IMPRESSIONS)),
        "impressions must not be negative: -987654321");
    assertRefused(
        replace(stream, "fb-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII), new byte[] {' ', ' ', ' ', ' '}),
        "postId must not be blank");
  }

  @Test
  void aRecordWhoseStreamLacksARequiredFieldIsRefused() throws Exception {
    // Renaming the field in the stream's class description leaves the class's own field unset,
    // as a stream written by another version of the class without it would.
    java.nio.charset.Charset ascii = java.nio.charset.StandardCharsets.US_ASCII;
    byte[] stream =
        replace(serialize(record()), "publishedAt".getBytes(ascii), "publishedAx".getBytes(ascii));
    assertRefused(stream, "publishedAt must be of type Instant: null");
  }

  @Test
  void aRecordOrKeyWithABlankLabelOrAHashtagWithSpaceIsRefused() throws Exception {
    PerformanceRecord labelled =
        record().toBuilder().account("acme").campaign("sale").hashtags(List.of("glow")).build();
    byte[] stream = serialize(labelled);
    assertThat(deserialize(stream)).isEqualTo(labelled);
    java.nio.charset.Charset ascii = java.nio.charset.StandardCharsets.US_ASCII;
    assertRefused(replace(stream, "acme".getBytes(ascii), "    ".getBytes(ascii)), "account");
    assertRefused(replace(stream, "glow".getBytes(ascii), "g ow".getBytes(ascii)), "g ow");
    GroupKey key = GroupKey.empty().withCampaign("sale");
    byte[] keyStream = serialize(key);
    assertThat(deserialize(keyStream)).isEqualTo(key);
    assertRefused(replace(keyStream, "sale".getBytes(ascii), "    ".getBytes(ascii)), "campaign");
  }

  @Test
  void aSummaryWithANegativeSumOrATotalWithoutRecordsIsRefused() throws Exception {
    PerformanceSummary summary = PerformanceSummary.of(List.of(record()));
    byte[] stream = serialize(summary);
    assertThat(deserialize(stream)).isEqualTo(summary);
    assertRefused(
        replace(stream, bytes(IMPRESSIONS), bytes(-IMPRESSIONS)),
        "impressions must not be negative: -987654321");
    // Present in more records than the summary counts.
    assertRefused(countsOneRecordLess(), "must be present in 0 to 1 records");
  }

  /** A summary of two records whose stream says one, leaving the totals of two in place. */
  private static byte[] countsOneRecordLess() throws Exception {
    // The first long 2 is the record count: every measure both records have is then present in
    // more records than counted.
    return twoCountedAsOne(PerformanceSummary.of(List.of(record(), Fixtures.facebookPhoto())));
  }

  @Test
  void accumulatorsAndBreakdownsCarryCheckedTotals() throws Exception {
    PerformanceAccumulator accumulator = new PerformanceAccumulator();
    accumulator.add(record());
    byte[] stream = serialize(accumulator);
    assertThat(((PerformanceAccumulator) deserialize(stream)).snapshot())
        .isEqualTo(accumulator.snapshot());
    assertRefused(
        replace(stream, bytes(IMPRESSIONS), bytes(-IMPRESSIONS)),
        "impressions must not be negative");

    PerformanceBreakdown breakdown =
        PerformanceBreakdown.of(Grouping.by(Dimension.PLATFORM), List.of(record()));
    byte[] breakdownStream = serialize(breakdown);
    assertThat(deserialize(breakdownStream)).isEqualTo(breakdown);
    assertRefused(
        replace(breakdownStream, bytes(IMPRESSIONS), bytes(-IMPRESSIONS)),
        "impressions must not be negative");

    BreakdownAccumulator buffer = new BreakdownAccumulator(Grouping.by(Dimension.PLATFORM));
    buffer.add(record());
    byte[] bufferStream = serialize(buffer);
    assertThat(((BreakdownAccumulator) deserialize(bufferStream)).snapshot())
        .isEqualTo(buffer.snapshot());
    assertRefused(
        replace(bufferStream, bytes(IMPRESSIONS), bytes(-IMPRESSIONS)),
        "impressions must not be negative");
  }

  /** The stream of a summary of two records, with its record count (the first long 2) made 1. */
  private static byte[] twoCountedAsOne(PerformanceSummary two) throws Exception {
    byte[] stream = serialize(two);
    assertThat(deserialize(stream)).isEqualTo(two);
    byte[] countTwo = bytes(2);
    int at = -1;
    for (int i = 0; i + 8 <= stream.length && at < 0; i++) {
      if (java.util.Arrays.equals(stream, i, i + 8, countTwo, 0, 8)) {
        at = i;
      }
    }
    byte[] copy = stream.clone();
    System.arraycopy(bytes(1), 0, copy, at, 8);
    return copy;
  }

  /** A post with no counts at all, so that only its amounts can be tampered with. */
  private static PerformanceRecord.Builder uncounted() {
    return PerformanceRecord.builder()
        .platform(dev.socialplan.platform.Platform.FACEBOOK)
        .publishedAt(Fixtures.TUESDAY_MORNING_NY)
        .format(dev.socialplan.platform.PostFormat.TEXT)
        .purpose(dev.socialplan.content.PostPurpose.INFORM);
  }

  @Test
  void aSummaryWithAnAmountPresentInMoreRecordsThanCountedIsRefused() throws Exception {
    PerformanceRecord spent = uncounted().spend(org.joda.money.Money.parse("USD 2.00")).build();
    assertRefused(
        twoCountedAsOne(PerformanceSummary.of(List.of(spent, spent))),
        "spend must be present in 0 to 1 records: 2");
    PerformanceRecord earned = uncounted().revenue(org.joda.money.Money.parse("USD 5.00")).build();
    assertRefused(
        twoCountedAsOne(PerformanceSummary.of(List.of(earned, earned))),
        "revenue must be present in 0 to 1 records: 2");
  }

  @Test
  void aSummaryWithTotalsOfAMeasureItSaysItLeftOutIsRefused() throws Exception {
    Grouping reachOnly = Grouping.none().withMeasures(java.util.EnumSet.of(Measure.REACH));
    Grouping nothing = reachOnly.withMeasures(java.util.Set.of());
    PerformanceSummary summary =
        PerformanceColumns.of(List.of(record())).aggregate(reachOnly).total();
    assertThat(summary.sum(Measure.REACH)).isEqualTo(2_752);
    byte[] stream = serialize(summary);
    assertThat(deserialize(stream)).isEqualTo(summary);
    // The stream now says reach is left out too, while it still carries reach's totals.
    assertRefused(
        replace(stream, bytes(reachOnly.unmeasured()), bytes(nothing.unmeasured())),
        "reach is not added up but has totals: 2752");
  }

  @Test
  void aBreakdownWhoseKeysAreNotKeysOfItsGroupingIsRefused() throws Exception {
    PerformanceBreakdown byPlatform =
        PerformanceBreakdown.of(Grouping.by(Dimension.PLATFORM), List.of(record()));
    byte[] stream = serialize(byPlatform);
    assertThat(deserialize(stream)).isEqualTo(byPlatform);
    java.nio.charset.Charset ascii = java.nio.charset.StandardCharsets.US_ASCII;
    // The grouping now says CAMPAIGN, while its key still names a platform and no campaign.
    assertRefused(
        replace(stream, "PLATFORM".getBytes(ascii), "CAMPAIGN".getBytes(ascii)),
        "must be a key of Grouping[CAMPAIGN]");
  }
}
