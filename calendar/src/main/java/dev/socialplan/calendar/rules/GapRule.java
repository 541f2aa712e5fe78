package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_PLATFORM_GAP;
import static dev.socialplan.calendar.rules.CalendarRules.GAP_FACTOR;
import static dev.socialplan.calendar.rules.CalendarRules.platformPath;
import static dev.socialplan.calendar.rules.CalendarRules.postPath;

import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostingFrequency;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Platforms silent longer than their cadence allows: the cadence is 7 days over the least demanding recommended minimum posts a week, times the gap factor.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class GapRule {
  private GapRule() {}

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    double factor = context.setting(GAP_FACTOR);
    List<Finding> out = new ArrayList<>();
    for (Platform platform : index.platforms()) {
      Optional<PlatformProfile> profile = subject.catalog().profile(platform);
      if (profile.isEmpty()) {
        continue;
      }
      // The least demanding recommendation sets the cadence: "silent" means no post at all.
      long minPerWeek =
          profile.get().recommendedFrequencies().stream()
              .mapToLong(PostingFrequency::minPerWeek)
              .filter(n -> n > 0)
              .min()
              .orElse(0);
      if (minPerWeek == 0) {
        continue;
      }
      double allowedDays = factor * 7.0 / minPerWeek;
      Duration allowed = Duration.ofSeconds(Math.round(allowedDays * 86_400));
      int[] mine = index.onPlatform(platform);
      long allowedSeconds = allowed.getSeconds();
      Instant previous = subject.period().map(p -> p.getStart()).orElse(null);
      for (int j = 0; j <= mine.length; j++) {
        Instant next;
        String path;
        if (j < mine.length) {
          // Most gaps are short: decide on the extracted seconds before making an Instant.
          if (j > 0 && index.epochSecond(mine[j]) - index.epochSecond(mine[j - 1]) < allowedSeconds) {
            previous = null;
            continue;
          }
          next = index.time(mine[j]);
          if (previous == null && j > 0) {
            previous = index.time(mine[j - 1]);
          }
          path = postPath(mine[j]);
        } else if (subject.period().isPresent()) {
          next = subject.period().get().getEnd();
          if (previous == null && j > 0) {
            previous = index.time(mine[j - 1]);
          }
          path = j > 0 ? postPath(mine[j - 1]) : platformPath(platform);
        } else {
          break;
        }
        if (previous != null && Duration.between(previous, next).compareTo(allowed) > 0) {
          out.add(
              Finding.of(
                  CALENDAR_PLATFORM_GAP,
                  path,
                  FindingArgument.text("platform", platform.displayName()),
                  FindingArgument.text("from", previous.toString()),
                  FindingArgument.text("until", next.toString()),
                  FindingArgument.decimal("silentDays", days(Duration.between(previous, next))),
                  FindingArgument.decimal("allowedDays", BigDecimal.valueOf(allowedDays).setScale(1, RoundingMode.HALF_UP))));
        }
        previous = next;
      }
    }
    return out;
  }

  private static BigDecimal days(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds())
        .divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP);
  }
}
