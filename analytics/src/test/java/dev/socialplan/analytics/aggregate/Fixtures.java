package dev.socialplan.analytics.aggregate;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.util.List;
import org.joda.money.Money;

/** Named records shared by the aggregate tests. */
final class Fixtures {
  private Fixtures() {}

  /** Tuesday 2025-03-04 09:30 in New York (14:30Z). */
  static final Instant TUESDAY_MORNING_NY = Instant.parse("2025-03-04T14:30:00Z");

  /** Saturday 2025-03-08 20:15 in New York (2025-03-09T01:15Z, before the DST change). */
  static final Instant SATURDAY_EVENING_NY = Instant.parse("2025-03-09T01:15:00Z");

  /** Monday 2025-12-29 10:00 in New York, in ISO week 2026-W01. */
  static final Instant WEEK_ONE_2026_NY = Instant.parse("2025-12-29T15:00:00Z");

  static PerformanceRecord facebookPhoto() {
    return PerformanceRecord.builder()
        .postId("fb-1")
        .platform(Platform.FACEBOOK)
        .publishedAt(TUESDAY_MORNING_NY)
        .format(PostFormat.IMAGE)
        .purpose(PostPurpose.PROMOTE)
        .paid(true)
        .impressions(5_091)
        .reach(2_752)
        .followers(139_441)
        .reactions(79)
        .comments(4)
        .shares(17)
        .clicks(109)
        .spend(Money.parse("USD 12.50"))
        .revenue(Money.parse("USD 40.00"))
        .build();
  }

  /** Same slot as {@link #facebookPhoto()}; shares unknown, no money, organic. */
  static PerformanceRecord facebookStatus() {
    return PerformanceRecord.builder()
        .platform(Platform.FACEBOOK)
        .publishedAt(TUESDAY_MORNING_NY.plusSeconds(600))
        .format(PostFormat.TEXT)
        .purpose(PostPurpose.INFORM)
        .paid(false)
        .impressions(19_057)
        .reach(10_460)
        .followers(139_441)
        .reactions(130)
        .comments(5)
        .clicks(1_361)
        .build();
  }

  static PerformanceRecord instagramReel() {
    return PerformanceRecord.builder()
        .platform(Platform.INSTAGRAM)
        .publishedAt(SATURDAY_EVENING_NY)
        .format(PostFormat.SHORT_VIDEO)
        .purpose(PostPurpose.ENTERTAIN)
        .views(14_200)
        .reach(9_000)
        .reactions(300)
        .comments(20)
        .saves(40)
        .shares(40)
        .videoStarts(14_200)
        .videoCompletions(2_180)
        .spend(Money.parse("EUR 5.00"))
        .build();
  }

  static PerformanceRecord linkedinDocument() {
    return PerformanceRecord.builder()
        .platform(Platform.LINKEDIN)
        .publishedAt(WEEK_ONE_2026_NY)
        .format(PostFormat.DOCUMENT)
        .purpose(PostPurpose.EDUCATE)
        .paid(PaidStatus.ORGANIC)
        .impressions(7_000)
        .clicks(751)
        .reactions(439)
        .comments(23)
        .shares(0)
        .follows(0)
        .conversions(3)
        .spend(Money.parse("USD 0.00"))
        .build();
  }

  static List<PerformanceRecord> all() {
    return List.of(facebookPhoto(), facebookStatus(), instagramReel(), linkedinDocument());
  }
}
