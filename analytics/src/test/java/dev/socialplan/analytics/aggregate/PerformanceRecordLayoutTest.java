package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The lean layout of {@link PerformanceRecord} (epoch seconds and nanoseconds for the instant, one
 * field per count, wide counts apart): every count and instant at the edges of its range reads back
 * as given, missing stays missing, and the serialised form is the one records had when they held an
 * {@code Instant} and a {@code long[]} of counts.
 */
class PerformanceRecordLayoutTest {
  /** The last instant accepted: the end of 9999. */
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** Counts at the edges of the int fields and of a long. */
  private static final long[] EDGES = {
    0, 1, Integer.MAX_VALUE - 1L, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 1L << 32,
    Long.MAX_VALUE - 1, Long.MAX_VALUE
  };

  private static PerformanceRecord.Builder base() {
    return PerformanceRecord.builder()
        .platform(Platform.FACEBOOK)
        .publishedAt(Fixtures.TUESDAY_MORNING_NY)
        .format(PostFormat.IMAGE)
        .purpose(PostPurpose.PROMOTE);
  }

  /** The same values as the record serialised into {@link #OLD_FULL} by the earlier layout. */
  private static PerformanceRecord full() {
    return base()
        .postId("fb-1")
        .account("acme")
        .permalink("https://example.com/p/1")
        .campaign("sale")
        .pillar("tips")
        .publishedAt(Instant.parse("2025-03-04T14:30:00.123456789Z"))
        .paid(true)
        .impressions(Long.MAX_VALUE)
        .reach(0)
        .reactions(79)
        .comments(4)
        .shares(17)
        .videoWatchTime(Duration.ofMillis(12345))
        .averageVideoWatchTime(Duration.ofMillis(678))
        .addHashtag("glow")
        .addHashtag("#Skincare")
        .spend(Money.parse("USD 12.50"))
        .revenue(Money.parse("EUR 40.00"))
        .build();
  }

  /**
   * {@link #full()} as serialised by the earlier layout (default serialisation of the fields {@code
   * platform}, {@code publishedAt} as an {@code Instant}, {@code counts} as a {@code long[16]} and so
   * on; written with the library as of commit bff7da7).
   */
  private static final String OLD_FULL =
      "rO0ABXNyADRkZXYuc29jaWFscGxhbi5hbmFseXRpY3MuYWdncmVnYXRlLlBlcmZvcm1hbmNlUmVjb3JkAAAAAAAA"
          + "AAECAA9KABdhdmVyYWdlVmlkZW9XYXRjaE1pbGxpc0wAB2FjY291bnR0ABJMamF2YS9sYW5nL1N0cmluZztMAAhj"
          + "YW1wYWlnbnEAfgABWwAGY291bnRzdAACW0pMAAZmb3JtYXR0ACRMZGV2L3NvY2lhbHBsYW4vcGxhdGZvcm0vUG9z"
          + "dEZvcm1hdDtMAAhoYXNodGFnc3QAEExqYXZhL3V0aWwvTGlzdDtMAARwYWlkdAAvTGRldi9zb2NpYWxwbGFuL2Fu"
          + "YWx5dGljcy9hZ2dyZWdhdGUvUGFpZFN0YXR1cztMAAlwZXJtYWxpbmtxAH4AAUwABnBpbGxhcnEAfgABTAAIcGxh"
          + "dGZvcm10ACJMZGV2L3NvY2lhbHBsYW4vcGxhdGZvcm0vUGxhdGZvcm07TAAGcG9zdElkcQB+AAFMAAtwdWJsaXNo"
          + "ZWRBdHQAE0xqYXZhL3RpbWUvSW5zdGFudDtMAAdwdXJwb3NldAAkTGRldi9zb2NpYWxwbGFuL2NvbnRlbnQvUG9z"
          + "dFB1cnBvc2U7TAAHcmV2ZW51ZXQAFkxvcmcvam9kYS9tb25leS9Nb25leTtMAAVzcGVuZHEAfgAJeHAAAAAAAAAC"
          + "pnQABGFjbWV0AARzYWxldXIAAltKeCAEtRKxdZMCAAB4cAAAABB//////////wAAAAAAAAAA////////////////"
          + "/////wAAAAAAAABPAAAAAAAAAAQAAAAAAAAAEf//////////////////////////////////////////////////"
          + "//////////////////////////////////8AAAAAAAAwOX5yACJkZXYuc29jaWFscGxhbi5wbGF0Zm9ybS5Qb3N0"
          + "Rm9ybWF0AAAAAAAAAAASAAB4cgAOamF2YS5sYW5nLkVudW0AAAAAAAAAABIAAHhwdAAFSU1BR0VzcgARamF2YS51"
          + "dGlsLkNvbGxTZXJXjqu2OhuoEQMAAUkAA3RhZ3hwAAAAAXcEAAAAAnQABGdsb3d0AAhTa2luY2FyZXh+cgAtZGV2"
          + "LnNvY2lhbHBsYW4uYW5hbHl0aWNzLmFnZ3JlZ2F0ZS5QYWlkU3RhdHVzAAAAAAAAAAASAAB4cQB+ABB0AARQQUlE"
          + "dAAXaHR0cHM6Ly9leGFtcGxlLmNvbS9wLzF0AAR0aXBzc3IAIGRldi5zb2NpYWxwbGFuLnBsYXRmb3JtLlBsYXRm"
          + "b3JtAAAAAAAAAAECAAJMAAtkaXNwbGF5TmFtZXEAfgABTAACaWRxAH4AAXhwdAAIRmFjZWJvb2t0AAhmYWNlYm9v"
          + "a3QABGZiLTFzcgANamF2YS50aW1lLlNlcpVdhLobIkiyDAAAeHB3DQIAAAAAZ8cOaAdbzRV4fnIAImRldi5zb2Np"
          + "YWxwbGFuLmNvbnRlbnQuUG9zdFB1cnBvc2UAAAAAAAAAABIAAHhxAH4AEHQAB1BST01PVEVzcgASb3JnLmpvZGEu"
          + "bW9uZXkuU2Vycdf+G4jtl5wMAAB4cHcUTQADRVVSA9IAAgAAAAIPoAAAAAJ4c3EAfgAmdxRNAANVU0QDSAACAAAA"
          + "AgTiAAAAAng=";

  /** Instagram, 1970-01-01T00:00Z, image, promote, nothing measured, as the earlier layout wrote it. */
  private static final String OLD_BARE =
      "rO0ABXNyADRkZXYuc29jaWFscGxhbi5hbmFseXRpY3MuYWdncmVnYXRlLlBlcmZvcm1hbmNlUmVjb3JkAAAAAAAA"
          + "AAECAA9KABdhdmVyYWdlVmlkZW9XYXRjaE1pbGxpc0wAB2FjY291bnR0ABJMamF2YS9sYW5nL1N0cmluZztMAAhj"
          + "YW1wYWlnbnEAfgABWwAGY291bnRzdAACW0pMAAZmb3JtYXR0ACRMZGV2L3NvY2lhbHBsYW4vcGxhdGZvcm0vUG9z"
          + "dEZvcm1hdDtMAAhoYXNodGFnc3QAEExqYXZhL3V0aWwvTGlzdDtMAARwYWlkdAAvTGRldi9zb2NpYWxwbGFuL2Fu"
          + "YWx5dGljcy9hZ2dyZWdhdGUvUGFpZFN0YXR1cztMAAlwZXJtYWxpbmtxAH4AAUwABnBpbGxhcnEAfgABTAAIcGxh"
          + "dGZvcm10ACJMZGV2L3NvY2lhbHBsYW4vcGxhdGZvcm0vUGxhdGZvcm07TAAGcG9zdElkcQB+AAFMAAtwdWJsaXNo"
          + "ZWRBdHQAE0xqYXZhL3RpbWUvSW5zdGFudDtMAAdwdXJwb3NldAAkTGRldi9zb2NpYWxwbGFuL2NvbnRlbnQvUG9z"
          + "dFB1cnBvc2U7TAAHcmV2ZW51ZXQAFkxvcmcvam9kYS9tb25leS9Nb25leTtMAAVzcGVuZHEAfgAJeHD/////////"
          + "/3BwdXIAAltKeCAEtRKxdZMCAAB4cAAAABD/////////////////////////////////////////////////////"
          + "////////////////////////////////////////////////////////////////////////////////////////"
          + "/////////////////////////////35yACJkZXYuc29jaWFscGxhbi5wbGF0Zm9ybS5Qb3N0Rm9ybWF0AAAAAAAA"
          + "AAASAAB4cgAOamF2YS5sYW5nLkVudW0AAAAAAAAAABIAAHhwdAAFSU1BR0VzcgARamF2YS51dGlsLkNvbGxTZXJX"
          + "jqu2OhuoEQMAAUkAA3RhZ3hwAAAAAXcEAAAAAHh+cgAtZGV2LnNvY2lhbHBsYW4uYW5hbHl0aWNzLmFnZ3JlZ2F0"
          + "ZS5QYWlkU3RhdHVzAAAAAAAAAAASAAB4cQB+AA50AAdVTktOT1dOcHBzcgAgZGV2LnNvY2lhbHBsYW4ucGxhdGZv"
          + "cm0uUGxhdGZvcm0AAAAAAAAAAQIAAkwAC2Rpc3BsYXlOYW1lcQB+AAFMAAJpZHEAfgABeHB0AAlJbnN0YWdyYW10"
          + "AAlpbnN0YWdyYW1wc3IADWphdmEudGltZS5TZXKVXYS6GyJIsgwAAHhwdw0CAAAAAAAAAAAAAAAAeH5yACJkZXYu"
          + "c29jaWFscGxhbi5jb250ZW50LlBvc3RQdXJwb3NlAAAAAAAAAAASAAB4cQB+AA50AAdQUk9NT1RFcHA=";

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

  @Test
  void everyCountAtTheEdgesReadsBackAsGivenAndMissingStaysMissing() {
    for (Measure measure : Measure.values()) {
      for (long value : EDGES) {
        PerformanceRecord record = base().reach(5).count(measure, value).build();
        assertThat(record.count(measure)).as("%s = %d", measure, value).hasValue(value);
        assertThat(record.has(measure)).isTrue();
        assertThat(record.rawCount(measure.ordinal())).isEqualTo(value);
        for (Measure other : Measure.values()) {
          if (other != measure && other != Measure.REACH) {
            assertThat(record.count(other)).as("%s beside %s = %d", other, measure, value).isEmpty();
            assertThat(record.rawCount(other.ordinal())).isEqualTo(PerformanceRecord.MISSING);
          }
        }
        if (measure != Measure.REACH) {
          assertThat(record.reach()).hasValue(5);
        }
        assertThat(record.toString()).contains(measure.fieldName() + "=" + value);
        PerformanceRecord copy = record.toBuilder().build();
        assertThat(copy).isEqualTo(record).hasSameHashCodeAs(record);
        assertThat(Serialization.roundTrip(record)).isEqualTo(record);
        PerformanceRecord cleared = record.toBuilder().missing(measure).build();
        assertThat(cleared.count(measure)).isEmpty();
        assertThat(cleared.has(measure)).isFalse();
      }
    }
  }

  @Test
  void aWideCountKeepsEveryOtherCountAndEqualityFollowsTheValues() {
    PerformanceRecord narrow = base().impressions(Integer.MAX_VALUE).reach(7).views(0).build();
    PerformanceRecord wide = narrow.toBuilder().impressions(Integer.MAX_VALUE + 1L).build();
    assertThat(wide.reach()).hasValue(7);
    assertThat(wide.views()).hasValue(0);
    assertThat(wide.shares()).isEmpty();
    // Back under the int range, the record is the same value as one built narrow.
    PerformanceRecord back = wide.toBuilder().impressions(Integer.MAX_VALUE).build();
    new EqualsTester()
        .addEqualityGroup(narrow, back, Serialization.roundTrip(back))
        .addEqualityGroup(wide, wide.toBuilder().build(), Serialization.roundTrip(wide))
        .addEqualityGroup(narrow.toBuilder().missing(Measure.VIEWS).build())
        .addEqualityGroup(wide.toBuilder().missing(Measure.VIEWS).build())
        .addEqualityGroup(wide.toBuilder().impressions(Long.MAX_VALUE).build())
        .addEqualityGroup(narrow.toBuilder().videoWatchTime(Duration.ofMillis(Long.MAX_VALUE)).build())
        .testEquals();
    assertThat(wide.anomalies()).isEmpty();
    assertThat(base().reach(Long.MAX_VALUE).impressions(Integer.MAX_VALUE).build().anomalies())
        .singleElement()
        .satisfies(a -> assertThat(a.value()).isEqualTo(Long.MAX_VALUE));
  }

  @Test
  void instantsAtTheEdgesOfTheRangeReadBackEqual() {
    List<Instant> edges =
        List.of(
            Instant.EPOCH,
            Instant.ofEpochSecond(0, 1),
            Instant.ofEpochSecond(0, 999_999_999),
            LAST.minusNanos(999_999_999),
            LAST,
            Instant.parse("2025-03-09T06:59:59.999999999Z"));
    List<PerformanceRecord> records = new ArrayList<>();
    for (Instant at : edges) {
      PerformanceRecord record = base().publishedAt(at).build();
      assertThat(record.publishedAt()).isEqualTo(at);
      assertThat(record.epochSecond()).isEqualTo(at.getEpochSecond());
      assertThat(record.nano()).isEqualTo(at.getNano());
      assertThat(record.toString()).contains(at.toString());
      assertThat(Serialization.roundTrip(record).publishedAt()).isEqualTo(at);
      records.add(record);
    }
    EqualsTester tester = new EqualsTester();
    for (PerformanceRecord record : records) {
      tester.addEqualityGroup(record, record.toBuilder().build(), Serialization.roundTrip(record));
    }
    tester.testEquals();
    assertThatThrownBy(() -> base().publishedAt(Instant.EPOCH.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("publishedAt");
    assertThatThrownBy(() -> base().publishedAt(LAST.plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("publishedAt");
  }

  @Test
  void theHashIsTheOneTheEarlierLayoutComputed() {
    PerformanceRecord record = full();
    long[] counts = new long[Measure.COUNT];
    for (Measure m : Measure.values()) {
      counts[m.ordinal()] = record.count(m).orElse(PerformanceRecord.MISSING);
    }
    int earlier =
        java.util.Objects.hash(
                    record.platform(), record.publishedAt(), record.format(), record.purpose(),
                    record.paid(), record.spend().orElse(null), record.revenue().orElse(null),
                    record.postId().orElse(null), record.account().orElse(null),
                    record.permalink().orElse(null), record.campaign().orElse(null),
                    record.pillar().orElse(null), record.hashtags(),
                    record.averageVideoWatchTime().map(Duration::toMillis).orElse(-1L))
                * 31
            + java.util.Arrays.hashCode(counts);
    assertThat(record.hashCode()).isEqualTo(earlier);
  }

  @Test
  void streamsWrittenByTheEarlierLayoutReadBackEqual() throws Exception {
    assertThat(deserialize(Base64.getDecoder().decode(OLD_FULL))).isEqualTo(full());
    PerformanceRecord bare =
        base().platform(Platform.INSTAGRAM).publishedAt(Instant.EPOCH).build();
    assertThat(deserialize(Base64.getDecoder().decode(OLD_BARE))).isEqualTo(bare);
    assertThat(full().toString())
        .isEqualTo(
            "PerformanceRecord{fb-1, @acme, Facebook, 2025-03-04T14:30:00.123456789Z, IMAGE,"
                + " PROMOTE, PAID, impressions=9223372036854775807, reach=0, reactions=79,"
                + " comments=4, shares=17, videoWatchTime=12345, averageVideoWatchTime=PT0.678S,"
                + " spend=USD 12.50, revenue=EUR 40.00, campaign=sale, pillar=tips,"
                + " hashtags=[glow, Skincare], permalink=https://example.com/p/1}");
  }

  @Test
  void theSerialisedFieldsAreTheEarlierOnes()
      throws Exception {
    assertSameFormButTheFlag(serialize(full()), Base64.getDecoder().decode(OLD_FULL));
    assertSameFormButTheFlag(
        serialize(base().platform(Platform.INSTAGRAM).publishedAt(Instant.EPOCH).build()),
        Base64.getDecoder().decode(OLD_BARE));
  }

  /**
   * The class descriptor's flags byte is SC_SERIALIZABLE (0x02) before and SC_SERIALIZABLE |
   * SC_WRITE_METHOD (0x03) now, and a class that writes its own fields ends them with
   * TC_ENDBLOCKDATA (0x78), here the stream's last byte; every other byte, the field values
   * included, is the same. Both layouts read both streams: the fields are in the default format.
   */
  private static void assertSameFormButTheFlag(byte[] now, byte[] earlier) {
    assertThat(now).hasSize(earlier.length + 1);
    assertThat(now[now.length - 1]).isEqualTo((byte) 0x78);
    List<Integer> differ = new ArrayList<>();
    for (int i = 0; i < earlier.length; i++) {
      if (now[i] != earlier[i]) {
        differ.add(i);
      }
    }
    assertThat(differ).hasSize(1);
    int at = differ.get(0);
    assertThat(earlier[at]).isEqualTo((byte) 0x02);
    assertThat(now[at]).isEqualTo((byte) 0x03);
  }

  @Test
  void aTamperedStreamIsRefusedNamingTheField() throws Exception {
    PerformanceRecord record = base().impressions(987_654_321L).build();
    byte[] stream = serialize(record);
    byte[] count = ByteBuffer.allocate(8).putLong(987_654_321L).array();
    byte[] negative = ByteBuffer.allocate(8).putLong(-987_654_321L).array();
    int at = indexOf(stream, count);
    byte[] tampered = stream.clone();
    System.arraycopy(negative, 0, tampered, at, 8);
    assertThatThrownBy(() -> deserialize(tampered))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("impressions must not be negative: -987654321");
    // The counts array is its length (16) followed by the counts, impressions first: a stream
    // with one entry fewer is refused.
    byte[] head = ByteBuffer.allocate(12).putInt(Measure.COUNT).putLong(987_654_321L).array();
    int length = indexOf(stream, head);
    int end = length + 4 + 8 * Measure.COUNT;
    byte[] shorter = new byte[stream.length - 8];
    System.arraycopy(stream, 0, shorter, 0, end - 8);
    System.arraycopy(stream, end, shorter, end - 8, stream.length - end);
    shorter[length + 3] = (byte) (Measure.COUNT - 1);
    assertThatThrownBy(() -> deserialize(shorter))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("counts must have one entry per measure (16): 15");
  }

  private static int indexOf(byte[] stream, byte[] part) {
    for (int i = 0; i + part.length <= stream.length; i++) {
      if (java.util.Arrays.equals(stream, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new AssertionError("not in the stream");
  }

  @Test
  void hashtagsKeepTheirOrderWithoutRepeatsBeyondTheScannedFew() {
    PerformanceRecord.Builder b = base();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      b.addHashtag("#t" + i);
      b.addHashtag("t" + (i / 2));
      expected.add("t" + i);
    }
    PerformanceRecord record = b.build();
    assertThat(record.hashtags()).containsExactlyElementsOf(expected);
    assertThat(record.toBuilder().addHashtag("t3").addHashtag("new").build().hashtags())
        .hasSize(21)
        .endsWith("new");
    assertThat(record.toBuilder().hashtags(List.of("b", "a", "#b")).build().hashtags())
        .containsExactly("b", "a");
    assertThat(record.toBuilder().hashtags(List.of()).build().hashtags()).isEmpty();
    assertThat(Serialization.roundTrip(record)).isEqualTo(record);
    // A builder keeps working after build: the record does not share its arrays.
    PerformanceRecord.Builder reused = base().addHashtag("a");
    PerformanceRecord first = reused.build();
    PerformanceRecord second = reused.addHashtag("b").impressions(3).build();
    assertThat(first.hashtags()).containsExactly("a");
    assertThat(first.impressions()).isEmpty();
    assertThat(second.hashtags()).containsExactly("a", "b");
  }
}
