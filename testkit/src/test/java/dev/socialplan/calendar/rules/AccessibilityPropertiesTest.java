package dev.socialplan.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.TextField;
import dev.socialplan.platform.TextLimit;
import dev.socialplan.testkit.generators.CalendarGenerators;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Alt-text findings over generated calendars on every platform of the standard catalog, against an
 * oracle that measures every alt text with {@link TextLimit#check} (no shortcut).
 */
class AccessibilityPropertiesTest {
  private static final RuleSet<PlannedCalendar> RULES =
      RuleSet.of(List.of(CalendarRules.ACCESSIBILITY));

  @Test
  void altTextFindingsAreExactlyTheMissingAndTheTooLong() {
    qt().withExamples(300)
        .forAll(CalendarGenerators.contentCalendars(6))
        .checkAssert(
            calendar -> {
              List<Finding> findings = RULES.validate(PlannedCalendar.of(calendar)).findings();
              List<String> actual = new ArrayList<>();
              for (Finding f : findings) {
                if (!f.code().equals(CalendarRules.CALENDAR_HASHTAG_NOT_CAMEL_CASE)) {
                  actual.add(f.code().name() + " " + f.path());
                }
              }
              assertThat(actual).containsExactlyInAnyOrderElementsOf(oracle(calendar));
            });
  }

  private static List<String> oracle(ContentCalendar calendar) {
    List<String> expected = new ArrayList<>();
    List<ScheduledPost> posts = calendar.posts();
    for (int i = 0; i < posts.size(); i++) {
      ScheduledPost post = posts.get(i);
      if (!post.status().occupiesSlot()) {
        continue;
      }
      List<TextLimit> limits =
          PlatformCatalog.standard()
              .profile(post.platform())
              .flatMap(p -> p.limits(post.content().format()))
              .map(l -> l.textLimits(TextField.ALT_TEXT))
              .orElse(List.of());
      List<MediaItem> media = post.content().media();
      for (int m = 0; m < media.size(); m++) {
        MediaItem item = media.get(m);
        String path = "posts[" + i + "].media[" + m + "]";
        if (item.altText().isEmpty()) {
          if (item.isVisual()) {
            expected.add("CALENDAR_ALT_TEXT_MISSING " + path);
          }
          continue;
        }
        for (TextLimit limit : limits) {
          if (!limit.check(item.altText().get()).fits()) {
            expected.add("CALENDAR_ALT_TEXT_TOO_LONG " + path + ".altText");
          }
        }
      }
    }
    return expected;
  }

  @Test
  void everyFlaggedHashtagHasTwoLetterRunsAndItsSuggestionIsNotFlagged() {
    qt().forAll(CalendarGenerators.contentCalendars(6))
        .checkAssert(
            calendar -> {
              for (Finding f : RULES.validate(PlannedCalendar.of(calendar)).findings()) {
                if (f.code().equals(CalendarRules.CALENDAR_HASHTAG_NOT_CAMEL_CASE)) {
                  String tag = f.argument("hashtag").orElseThrow().value().toString().substring(1);
                  String suggestion =
                      f.argument("suggestion").orElseThrow().value().toString().substring(1);
                  assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase(tag)).isTrue();
                  assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase(suggestion)).isFalse();
                }
              }
            });
  }

}
