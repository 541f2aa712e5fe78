package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The offset table against {@link ZoneRules#getOffset(Instant)}, at and beside every change. */
class OffsetTableTest {
  private static int offset(ZoneRules rules, long epochSecond) {
    return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
  }

  /** Each transition's second, the second before it and the second after it, within a range. */
  private static List<Long> edges(ZoneRules rules, long from, long to) {
    List<Long> seconds = new ArrayList<>();
    ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(from));
    while (t != null && t.toEpochSecond() <= to) {
      long s = t.toEpochSecond();
      seconds.add(s - 1);
      seconds.add(s);
      seconds.add(s + 1);
      t = rules.nextTransition(t.getInstant());
    }
    return seconds;
  }

  private static void assertAgrees(ZoneId zone, long from, long to, long origin) {
    ZoneRules rules = zone.getRules();
    OffsetTable table = OffsetTable.of(zone, from, to);
    List<Long> seconds = edges(rules, from, to);
    seconds.add(from);
    seconds.add(to);
    Random random = new Random(from ^ to);
    for (int i = 0; i < 200; i++) {
      seconds.add(from + (long) (random.nextDouble() * (to - from)));
    }
    // In order, so the remembered window is reused, then shuffled, so it is searched for.
    List<Long> shuffled = new ArrayList<>(seconds);
    java.util.Collections.shuffle(shuffled, random);
    for (List<Long> order : List.of(seconds, shuffled)) {
      long[] epoch = new long[order.size() + 3];
      for (int i = 0; i < order.size(); i++) {
        long s = order.get(i);
        epoch[i + 3] = s;
        assertThat(table.offsetAt(s)).as("%s at %s", zone, s).isEqualTo(offset(rules, s));
      }
      long[] local = new long[order.size()];
      table.localTimes(epoch, 3, order.size(), local, origin);
      for (int i = 0; i < order.size(); i++) {
        long s = order.get(i);
        assertThat(local[i]).as("%s local at %s", zone, s).isEqualTo(s + offset(rules, s) - origin);
      }
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (long s : seconds) {
      min = Math.min(min, offset(rules, s));
      max = Math.max(max, offset(rules, s));
    }
    assertThat(table.minOffset).isEqualTo(min);
    assertThat(table.maxOffset).isEqualTo(max);
  }

  @Test
  void aYearWithTwoChangesIsReadBranchFree() {
    long from = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2024-12-31T23:59:59Z").getEpochSecond();
    assertAgrees(ZoneId.of("America/New_York"), from, to, 0);
    assertAgrees(ZoneId.of("Australia/Lord_Howe"), from, to, 1_700_000_000L);
    assertAgrees(ZoneId.of("Asia/Kolkata"), from, to, -86_400);
  }

  @Test
  void decadesWithManyChangesAreSearched() {
    long from = Instant.parse("1990-06-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2030-06-01T00:00:00Z").getEpochSecond();
    assertAgrees(ZoneId.of("America/New_York"), from, to, 0);
    assertAgrees(ZoneId.of("Europe/London"), from, to, 631_152_000L);
  }

  @Test
  void aRangeEndingOnAChangeIncludesIt() {
    ZoneRules rules = ZoneId.of("Europe/Paris").getRules();
    long from = Instant.parse("2024-01-10T00:00:00Z").getEpochSecond();
    long change = rules.nextTransition(Instant.ofEpochSecond(from)).toEpochSecond();
    OffsetTable table = OffsetTable.of(ZoneId.of("Europe/Paris"), from, change);
    assertThat(table.offsetAt(change)).isEqualTo(7_200);
    assertThat(table.offsetAt(change - 1)).isEqualTo(3_600);
    assertThat(table.maxOffset).isEqualTo(7_200);
    OffsetTable before = OffsetTable.of(ZoneId.of("Europe/Paris"), from, change - 1);
    assertThat(before.maxOffset).isEqualTo(3_600);
  }

  @Test
  void manyWindowsGrowTheTable() {
    // Over a century of New York's changes: far more than the table's first eight windows.
    long from = Instant.parse("1920-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    assertAgrees(ZoneId.of("America/New_York"), from, to, 86_400L * 3);
  }
}
