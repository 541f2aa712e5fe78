package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_FEW_POSTS;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_MANY_POSTS;
import static dev.socialplan.calendar.rules.CalendarRules.platformPath;

import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.PostingFrequency;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Posts per local day or whole ISO week on each platform against the platform's recommended frequencies.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class FrequencyRule {
  private FrequencyRule() {}

  /** The local days judged for frequency and gaps, in the calendar's zone: [first, last]. */
  private static Optional<long[]> judgedDays(PlannedCalendar subject, CalendarIndex index) {
    ZoneId zone = subject.calendar().zone();
    if (subject.period().isPresent()) {
      long first = LocalDate.ofInstant(subject.period().get().getStart(), zone).toEpochDay();
      Instant end = subject.period().get().getEnd();
      long last = LocalDate.ofInstant(end.minusNanos(1), zone).toEpochDay();
      return last < first ? Optional.empty() : Optional.of(new long[] {first, last});
    }
    if (index.counted().length == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new long[] {
          LocalDate.ofInstant(index.post(index.counted()[0]).time(), zone).toEpochDay(),
          LocalDate.ofInstant(index.post(index.counted()[index.counted().length - 1]).time(), zone)
              .toEpochDay()
        });
  }

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    Optional<long[]> judged = judgedDays(subject, index);
    List<Finding> out = new ArrayList<>();
    if (judged.isEmpty()) {
      return out;
    }
    long first = judged.get()[0];
    long last = judged.get()[1];
    int dayCount = Math.toIntExact(last - first + 1);
    // Whole ISO weeks (Monday to Sunday) inside the judged days.
    long firstMonday = first + Math.floorMod(4 - first, 7L);
    int weekCount = (int) Math.max(0, (last + 1 - firstMonday) / 7);
    ZoneId zone = subject.calendar().zone();
    for (Platform platform : index.platforms()) {
      Optional<PlatformProfile> profile = subject.catalog().profile(platform);
      if (profile.isEmpty() || profile.get().recommendedFrequencies().isEmpty()) {
        continue;
      }
      int[] mine = index.onPlatform(platform);
      long[] days = index.epochDays(mine, zone);
      for (PostingFrequency f : profile.get().recommendedFrequencies()) {
        boolean daily = f.per() == ChronoUnit.DAYS;
        int periods = daily ? dayCount : weekCount;
        if (periods == 0) {
          continue;
        }
        int[] counts = new int[periods];
        boolean[] applies = new boolean[PostFormat.values().length];
        for (PostFormat format : PostFormat.values()) {
          applies[format.ordinal()] = f.appliesTo(format);
        }
        for (int j = 0; j < mine.length; j++) {
          if (!applies[index.formatOrdinal(mine[j])]) {
            continue;
          }
          long p = daily ? days[j] - first : Math.floorDiv(days[j] - firstMonday, 7L);
          if (p >= 0 && p < periods) {
            counts[(int) p]++;
          }
        }
        int over = 0;
        int under = 0;
        int most = 0;
        int fewest = Integer.MAX_VALUE;
        for (int c : counts) {
          if (c > f.maxPosts()) {
            over++;
            most = Math.max(most, c);
          }
          if (c < f.minPosts()) {
            under++;
            fewest = Math.min(fewest, c);
          }
        }
        String formats = formats(f);
        if (over > 0) {
          out.add(
              Finding.of(
                  CALENDAR_TOO_MANY_POSTS,
                  platformPath(platform),
                  FindingArgument.text("platform", platform.displayName()),
                  FindingArgument.text("formats", formats),
                  FindingArgument.integer("periods", over),
                  FindingArgument.integer("periodDays", daily ? 1 : 7),
                  FindingArgument.integer("most", most),
                  FindingArgument.integer("recommended", f.maxPosts())));
        }
        if (under > 0) {
          out.add(
              Finding.of(
                  CALENDAR_TOO_FEW_POSTS,
                  platformPath(platform),
                  FindingArgument.text("platform", platform.displayName()),
                  FindingArgument.text("formats", formats),
                  FindingArgument.integer("periods", under),
                  FindingArgument.integer("periodDays", daily ? 1 : 7),
                  FindingArgument.integer("fewest", fewest),
                  FindingArgument.integer("recommended", f.minPosts())));
        }
      }
    }
    return out;
  }

  private static String formats(PostingFrequency f) {
    return f.formats().isEmpty()
        ? "*"
        : f.formats().stream().sorted().map(PostFormat::name).collect(Collectors.joining("/"));
  }
}
