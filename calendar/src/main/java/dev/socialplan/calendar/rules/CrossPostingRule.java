package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_CROSS_POSTED_TEXT;
import static dev.socialplan.calendar.rules.CalendarRules.CROSS_POST_PLATFORMS;
import static dev.socialplan.calendar.rules.CalendarRules.postPath;

import dev.socialplan.platform.Platform;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The same text planned unchanged on several platforms: one pass over the texts the index extracted, grouping them by text.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class CrossPostingRule {
  private CrossPostingRule() {}

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    int threshold = context.setting(CROSS_POST_PLATFORMS);
    // Each distinct text, in the calendar order of its first post: that post, how many posts carry
    // it and the platforms they are on, gathered in one sequential pass over the extracted texts.
    Map<String, TextGroup> byText = new LinkedHashMap<>();
    for (int i : index.counted()) {
      String text = index.text(i).strip();
      if (!text.isEmpty()) {
        TextGroup group = byText.get(text);
        if (group == null) {
          group = new TextGroup(i);
          byText.put(text, group);
        }
        group.posts++;
        group.platforms.set(index.platformIndex(i));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (TextGroup group : byText.values()) {
      if (group.posts < threshold || group.platforms.cardinality() < threshold) {
        continue;
      }
      List<Platform> platforms = new ArrayList<>();
      group.platforms.stream().forEach(p -> platforms.add(index.platforms().get(p)));
      out.add(
          Finding.of(
              CALENDAR_CROSS_POSTED_TEXT,
              postPath(group.first) + ".text",
              FindingArgument.text("post", index.post(group.first).id()),
              FindingArgument.integer("platforms", platforms.size()),
              FindingArgument.text("platformNames", platforms.stream().map(Platform::displayName).collect(Collectors.joining(", "))),
              FindingArgument.integer("posts", group.posts)));
    }
    return out;
  }

  /** The posts of one text: the first, how many, and the indices of their platforms. */
  private static final class TextGroup {
    final int first;
    int posts;
    final BitSet platforms = new BitSet();

    TextGroup(int first) {
      this.first = first;
    }
  }
}
