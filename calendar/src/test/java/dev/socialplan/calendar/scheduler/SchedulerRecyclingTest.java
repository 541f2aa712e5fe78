package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** Evergreen drafts: recycled after the cooldown, at most N times, never after expiry. */
class SchedulerRecyclingTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  /** Four weeks from Monday 2026-03-02. */
  private static final Interval FOUR_WEEKS =
      Interval.of(at(2, 0), LocalDate.of(2026, 3, 30).atStartOfDay(TAIPEI).toInstant());

  private static final PostingSchedule DAILY_AT_NINE =
      PostingSchedule.builder()
          .platform(Platform.LINKEDIN)
          .zone(TAIPEI)
          .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0)))
          .build();
  private static final Evergreen WEEKLY_THREE_TIMES =
      Evergreen.of(Duration.ofDays(7), 3).withTextVariants("B", "C");
  private static final Draft TIP =
      Draft.builder()
          .id("tip")
          .platform(Platform.LINKEDIN)
          .content(content(PostPurpose.EDUCATE).withText("A"))
          .evergreen(WEEKLY_THREE_TIMES)
          .build();

  private static Instant at(int day, int hour) {
    return ZonedDateTime.of(2026, 3, day, hour, 0, 0, 0, TAIPEI).toInstant();
  }

  private static PostContent content(PostPurpose purpose) {
    return PostContent.builder().format(PostFormat.IMAGE).purpose(purpose).build();
  }

  private static SchedulingRequest.Builder request(Draft... drafts) {
    return SchedulingRequest.builder()
        .period(FOUR_WEEKS)
        .zone(TAIPEI)
        .addSchedules(DAILY_AT_NINE)
        .addDrafts(drafts);
  }

  private static List<String> describe(List<ScheduledPost> posts) {
    return posts.stream()
        .map(p -> p.id() + "@" + p.time().atZone(TAIPEI).getDayOfMonth() + ":" + p.content().text())
        .collect(Collectors.toList());
  }

  @Test
  void anEvergreenDraftGoesOutAgainEachCooldownWithTheNextText() {
    SchedulingResult result = Scheduler.schedule(request(TIP).build());
    assertThat(describe(result.placed())).containsExactly("tip@2:A");
    assertThat(describe(result.recycled())).containsExactly("tip~1@9:B", "tip~2@16:C", "tip~3@23:A");
    assertThat(result.calendar().size()).isEqualTo(4);
    assertThat(result.isComplete()).isTrue();
    assertThat(result.toString()).isEqualTo("SchedulingResult[placed 1, recycled 3, unplaced 0]");
    assertThat(new SchedulerOracle(request(TIP).build()).violations(result)).isEmpty();
  }

  @Test
  void recyclingStopsAtTheExpiryAndTheCampaignWindow() {
    Draft expiring = TIP.withEvergreen(WEEKLY_THREE_TIMES.withExpiry(at(16, 9)));
    assertThat(describe(Scheduler.schedule(request(expiring).build()).recycled()))
        .containsExactly("tip~1@9:B");
    Draft windowed = TIP.withCampaignWindow(Interval.of(at(2, 0), at(17, 0)));
    assertThat(describe(Scheduler.schedule(request(windowed).build()).recycled()))
        .containsExactly("tip~1@9:B", "tip~2@16:C");
  }

  @Test
  void anEvergreenDraftExpiredBeforeItCouldGoOutIsReported() {
    Draft expired = TIP.withEvergreen(WEEKLY_THREE_TIMES.withExpiry(at(1, 0)));
    SchedulingResult result = Scheduler.schedule(request(expired).build());
    assertThat(result.placed()).isEmpty();
    assertThat(result.recycled()).isEmpty();
    assertThat(result.unplaced()).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(UnplacedReason.EXPIRED);
      assertThat(u.explanation()).isEqualTo(
          "the evergreen draft expires at 2026-02-28T16:00:00Z, not after 2026-03-01T16:00:00Z,"
              + " the first instant it could go out");
    });
  }

  @Test
  void freshDraftsKeepTheirSlotsAndRecyclingsTakeWhatIsLeft() {
    List<Draft> drafts = new ArrayList<>();
    drafts.add(TIP);
    for (int i = 0; i < 25; i++) {
      drafts.add(Draft.of("news-" + i, Platform.LINKEDIN, content(PostPurpose.INFORM)));
    }
    SchedulingResult result = Scheduler.schedule(request().addAllDrafts(drafts).build());
    assertThat(result.placedCount()).isEqualTo(26);
    // 28 slots, 26 drafts: the two left are a week or more after the tip only from the 9th on.
    assertThat(result.recycled()).hasSizeLessThanOrEqualTo(2);
    assertThat(new SchedulerOracle(request().addAllDrafts(drafts).build()).violations(result)).isEmpty();
    assertThat(new SchedulerOracle(request().addAllDrafts(drafts).build()).maximalityViolations(result)).isEmpty();
  }

  @Test
  void aPublishedDraftIsRecycledAfterItsLastPublicationAndNumbersContinue() {
    ScheduledPost original = TIP.toPost(at(1, 9).minus(Duration.ofDays(14))).withStatus(PostStatus.PUBLISHED);
    ScheduledPost first = TIP.recycledPost(1, at(1, 9)).withStatus(PostStatus.PUBLISHED);
    SchedulingRequest request =
        request(TIP).existing(ContentCalendar.of(TAIPEI, original, first)).build();
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(result.placed()).isEmpty();
    assertThat(result.unplaced()).isEmpty();
    // Recycling 1 went out on the 1st: 2 and 3 remain, a week apart, texts C then A.
    assertThat(describe(result.recycled())).containsExactly("tip~2@8:C", "tip~3@15:A");
    assertThat(new SchedulerOracle(request).violations(result)).isEmpty();
  }

  @Test
  void aRequestRefusesIdsThatWouldClash() {
    ScheduledPost cancelled = TIP.toPost(at(1, 9)).withStatus(PostStatus.CANCELLED);
    assertThatThrownBy(() -> request(TIP).existing(ContentCalendar.of(TAIPEI, cancelled)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("drafts[0] has the id of a post of the existing calendar: \"tip\"");
    Draft clash = Draft.of("tip~2", Platform.LINKEDIN, content(PostPurpose.INFORM));
    assertThatThrownBy(() -> request(TIP, clash).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("drafts[1] has the id of a recycling of the evergreen drafts[0]: \"tip~2\"");
    // Without an evergreen draft of that id, "tip~2" is an ordinary id.
    assertThat(request(clash).build().drafts()).containsExactly(clash);
  }

  @Test
  void recyclingsKeepTheMix() {
    // Every promotion in a window of 5 posts may be at most 1 (20 % ± 0): the tip is a promotion.
    Draft promo =
        TIP.withContent(content(PostPurpose.PROMOTE).withText("A"))
            .withEvergreen(Evergreen.of(Duration.ofDays(1), 10));
    List<Draft> drafts = new ArrayList<>(List.of(promo));
    for (int i = 0; i < 10; i++) {
      drafts.add(Draft.of("tip-" + i, Platform.LINKEDIN, content(PostPurpose.EDUCATE)));
    }
    SchedulingRequest request =
        request()
            .addAllDrafts(drafts)
            .mix(RollingMix.of(ContentMix.EIGHTY_TWENTY.withTolerance(0.0), 5, dev.socialplan.calendar.MixScope.CALENDAR))
            .build();
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(result.recycled()).isNotEmpty();
    assertThat(new SchedulerOracle(request).violations(result)).isEmpty();
  }

  @Test
  void withoutEvergreenDraftsNothingIsRecycled() {
    Draft plain = Draft.of("plain", Platform.LINKEDIN, content(PostPurpose.INFORM));
    SchedulingResult result = Scheduler.schedule(request(plain).build());
    assertThat(result.recycled()).isEmpty();
    assertThat(result.toString()).isEqualTo("SchedulingResult[placed 1, unplaced 0]");
  }

  @Test
  void aRecycledPostNeedsAnEvergreenDraft() {
    Draft plain = Draft.of("plain", Platform.LINKEDIN, content(PostPurpose.INFORM));
    assertThatThrownBy(() -> plain.recycledPost(1, at(2, 9)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("draft plain is not evergreen");
    assertThat(TIP.allowsTime(at(2, 9))).isTrue();
    assertThat(TIP.withEvergreen(WEEKLY_THREE_TIMES.withExpiry(at(2, 9))).allowsTime(at(2, 9))).isFalse();
  }

  @Test
  void aRecyclingDueWhenThePeriodStartsTakesItsFirstSlot() {
    // Published a cooldown before the period's first slot: the first recycling is due on that slot.
    ScheduledPost original = TIP.toPost(at(2, 9).minus(Duration.ofDays(7))).withStatus(PostStatus.PUBLISHED);
    SchedulingRequest request = request(TIP).existing(ContentCalendar.of(TAIPEI, original)).build();
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(result.placed()).isEmpty();
    assertThat(describe(result.recycled())).containsExactly("tip~1@2:B", "tip~2@9:C", "tip~3@16:A");
    assertThat(new SchedulerOracle(request).violations(result)).isEmpty();
  }
}
