package dev.socialplan.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostSource;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarRulesStandardTest {
  private static final ScheduledPost UGC =
      ScheduledPost.builder()
          .id("repost")
          .platform(Platform.INSTAGRAM)
          .time(Instant.parse("2026-03-02T01:00:00Z"))
          .content(PostContent.builder()
              .format(PostFormat.IMAGE)
              .addMedia(MediaItem.of(MediaKind.IMAGE, "A fan holds the serum up to the window"))
              .purpose(PostPurpose.ENTERTAIN)
              .source(PostSource.userGenerated("@fan"))
              .build())
          .status(PostStatus.SCHEDULED)
          .build();
  private static final ScheduledPost LIVE =
      ScheduledPost.builder()
          .from(UGC)
          .id("live")
          .content(PostContent.builder()
              .from(UGC.content())
              .source(PostSource.original())
              .format(PostFormat.LIVE)
              .media(List.of())
              .build())
          .time(Instant.parse("2026-03-03T12:00:00Z"))
          .build();
  private static final PlannedCalendar SUBJECT =
      PlannedCalendar.of(ContentCalendar.of(ZoneOffset.UTC, UGC, LIVE));

  @Test
  void standardReportsEveryRulesFindings() {
    ValidationReport report = CalendarRules.standard().validate(SUBJECT);
    // Instagram also recommends two stories a day: the two days without any are an info.
    assertThat(report.codes())
        .containsExactly(
            "CALENDAR_LIVE_NOT_ANNOUNCED", "CALENDAR_TOO_FEW_POSTS", "CALENDAR_UGC_WITHOUT_PERMISSION");
    assertThat(report.infos()).extracting(f -> f.code().name()).containsExactly("CALENDAR_TOO_FEW_POSTS");
    assertThat(report.isValid()).isFalse();
    assertThat(report.describe(Locale.TAIWAN)).contains("直播 live");
  }

  @Test
  void configurableLikeCoresRuleSets() {
    ValidationReport report =
        CalendarRules.standard()
            .without("CALENDAR_LIVE_NOT_ANNOUNCED", "CALENDAR_TOO_FEW_POSTS")
            .withSettings(
                CalendarRules.standard()
                    .settings()
                    .withSeverity("CALENDAR_UGC_WITHOUT_PERMISSION", Severity.WARNING)
                    .with(CalendarRules.LIVE_ANNOUNCEMENT_LEAD, Duration.ZERO))
            .validate(SUBJECT);
    assertThat(report.codes()).containsExactly("CALENDAR_UGC_WITHOUT_PERMISSION");
    assertThat(report.isValid()).isTrue();
    assertThat(CalendarRules.standard().allSettings())
        .containsExactly(
            CalendarRules.CROSS_POST_PLATFORMS, CalendarRules.GAP_FACTOR, CalendarRules.LIVE_ANNOUNCEMENT_LEAD);
  }
}
