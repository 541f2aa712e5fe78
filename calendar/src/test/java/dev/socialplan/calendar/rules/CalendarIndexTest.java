package dev.socialplan.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostFixture;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.rules.CalendarIndex.LocalDateCache;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index the calendar rules scan: what it extracts must be what the posts and zones say. */
class CalendarIndexTest {
  private static final Instant MONDAY = Instant.parse("2026-03-02T01:00:00Z");

  private static ScheduledPost post(String id, Platform platform, Instant time) {
    return PostFixture.of(id, platform, time).format(PostFormat.TEXT).purpose(PostPurpose.EDUCATE).build();
  }

  @Test
  void postsOnMorePlatformsThanItRemembersByIdentityAreAllIndexed() {
    // The index remembers 32 platforms by identity before it falls back to a map; calendars of
    // an agency's custom platforms can have more.
    List<ScheduledPost> posts = new ArrayList<>();
    for (int p = 0; p < 40; p++) {
      posts.add(post("post-" + p, Platform.of(String.format("forum-%02d", p)), MONDAY.plusSeconds(60L * p)));
    }
    // A second instance of an id seen before: equal, not identical.
    posts.add(post("post-again", Platform.of("forum-07"), MONDAY.plusSeconds(3600)));
    CalendarIndex index = PlannedCalendar.of(ContentCalendar.of(ZoneId.of("UTC"), posts)).index();
    assertThat(index.platforms()).hasSize(40);
    for (int p = 0; p < 40; p++) {
      Platform platform = Platform.of(String.format("forum-%02d", p));
      int[] expected = p == 7 ? new int[] {7, 40} : new int[] {p};
      assertThat(index.onPlatform(platform)).as("posts on %s", platform).containsExactly(expected);
      assertThat(index.platformIndex(p)).isEqualTo(index.platforms().indexOf(platform));
    }
  }

  /** Zones with offset changes of every kind: at 01:00 UTC, at local midnight, half-hour ones. */
  private static final List<String> ZONES =
      List.of(
          "Europe/Berlin",
          "America/Santiago",
          "Australia/Lord_Howe",
          "America/New_York",
          "Pacific/Auckland",
          "Asia/Gaza");

  /** Seconds from a transition at which the property asks: at it, a second either side, further. */
  private static final long[] DELTAS = {0, -1, 1, -3_600, -3_601, 3_599, 3_600, -43_200, 43_200, 86_399, -86_400};

  private static final int TRANSITIONS = 12;

  private static List<Instant> transitions(ZoneId zone) {
    List<Instant> result = new ArrayList<>();
    Instant from = Instant.parse("2022-01-01T00:00:00Z");
    while (result.size() < TRANSITIONS) {
      ZoneOffsetTransition next = zone.getRules().nextTransition(from);
      result.add(next.getInstant());
      from = next.getInstant();
    }
    return result;
  }

  @Test
  void theLocalDateCacheAnswersAsTheZoneRulesInAnyOrderOfQuestions() {
    // Each question is an instant near one of a zone's transitions, asked as a local date or as an
    // offset, in any order: forwards, backwards, across changes and exactly at them.
    qt().withExamples(400)
        .forAll(
            integers().between(0, ZONES.size() - 1),
            lists().of(integers().between(0, TRANSITIONS * DELTAS.length * 2 - 1)).ofSizeBetween(1, 12))
        .checkAssert(
            (z, questions) -> {
              ZoneId zone = ZoneId.of(ZONES.get(z));
              List<Instant> transitions = transitions(zone);
              LocalDateCache cache = new LocalDateCache(zone);
              for (int q : questions) {
                Instant instant =
                    transitions.get(q % TRANSITIONS).plusSeconds(DELTAS[q / TRANSITIONS % DELTAS.length]);
                if (q / (TRANSITIONS * DELTAS.length) == 0) {
                  assertThat(cache.epochDay(instant.getEpochSecond()))
                      .as("local date of %s in %s after %s", instant, zone, questions)
                      .isEqualTo(LocalDate.ofInstant(instant, zone).toEpochDay());
                } else {
                  assertThat(cache.offsetSeconds(instant))
                      .as("offset at %s in %s after %s", instant, zone, questions)
                      .isEqualTo(zone.getRules().getOffset(instant).getTotalSeconds());
                }
              }
            });
  }

  @Test
  void aPostExactlyAtAChangeAtLocalMidnightTakesTheNewOffset() {
    // Santiago leaves summer time at 00:00 local (-03), which becomes 23:00 the day before (-04):
    // a post exactly at the change is on the same date as one a second before it, not the next.
    ZoneId santiago = ZoneId.of("America/Santiago");
    Instant change = santiago.getRules().nextTransition(Instant.parse("2026-03-01T00:00:00Z")).getInstant();
    LocalDateCache cache = new LocalDateCache(santiago);
    long before = cache.epochDay(change.getEpochSecond() - 1);
    long at = cache.epochDay(change.getEpochSecond());
    assertThat(LocalDate.ofEpochDay(before)).isEqualTo(LocalDate.of(2026, 4, 4));
    assertThat(LocalDate.ofEpochDay(at)).isEqualTo(LocalDate.of(2026, 4, 4));
  }
}
