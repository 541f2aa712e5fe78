package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_MIX_OFF_TARGET;
import static dev.socialplan.calendar.rules.CalendarRules.postPath;

import dev.socialplan.calendar.MixScope;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.MixWindow;
import dev.socialplan.content.SliceShare;
import dev.socialplan.platform.Platform;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The content mix over every rolling window of the calendar or of each platform; one finding per run of consecutive off-target windows.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class MixRule {
  private MixRule() {}

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    RollingMix target = subject.mix();
    ContentMix mix = target.mix();
    List<Finding> out = new ArrayList<>();
    List<int[]> sequences = new ArrayList<>();
    if (target.scope() == MixScope.CALENDAR) {
      sequences.add(index.counted());
    } else {
      for (Platform platform : index.platforms()) {
        int[] mine = index.onPlatform(platform);
        if (mine.length > 0) {
          sequences.add(mine);
        }
      }
    }
    for (int[] sequence : sequences) {
      List<ContentKind> kinds = new ArrayList<>(sequence.length);
      for (int i : sequence) {
        kinds.add(index.kind(i));
      }
      List<MixWindow> off = mix.offTargetWindows(kinds, k -> k, target.windowPosts());
      String scope =
          target.scope() == MixScope.CALENDAR ? "*" : index.post(sequence[0]).platform().displayName();
      // One finding per run of consecutive off-target windows.
      int r = 0;
      while (r < off.size()) {
        int s = r;
        while (r + 1 < off.size() && off.get(r + 1).last() == off.get(r).last() + 1) {
          r++;
        }
        MixWindow firstWindow = off.get(s);
        out.add(
            Finding.of(
                CALENDAR_MIX_OFF_TARGET,
                postPath(sequence[firstWindow.last()]),
                FindingArgument.text("scope", scope),
                FindingArgument.text("mix", mix.name()),
                FindingArgument.integer("windowPosts", target.windowPosts()),
                FindingArgument.integer("windows", r - s + 1),
                FindingArgument.text("firstPost", index.post(sequence[firstWindow.first()]).id()),
                FindingArgument.text("lastPost", index.post(sequence[off.get(r).last()]).id()),
                FindingArgument.text("offTarget", firstWindow.evaluation().offTarget().stream()
                    .map(SliceShare::toString)
                    .collect(Collectors.joining("; ")))));
        r++;
      }
    }
    return out;
  }
}
