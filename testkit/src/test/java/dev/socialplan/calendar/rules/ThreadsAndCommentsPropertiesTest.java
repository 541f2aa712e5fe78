package dev.socialplan.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.TextField;
import dev.socialplan.platform.TextLimit;
import dev.socialplan.testkit.generators.CalendarGenerators;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * First comments and threads over generated calendars on every platform of the standard catalog,
 * against an oracle that measures every comment and part with {@link TextLimit#check} (the
 * platform's own counting: twitter-text on X, grapheme clusters and bytes on Bluesky, and so on);
 * and the scheduler, which must place a thread as one post.
 */
class ThreadsAndCommentsPropertiesTest {
  private static final RuleSet<PlannedCalendar> RULES =
      RuleSet.of(List.of(CalendarRules.FIRST_COMMENT, CalendarRules.THREADS));

  @Test
  void findingsAreExactlyWhatEachPlatformsLimitsSay() {
    qt().withExamples(300)
        .forAll(CalendarGenerators.contentCalendars(6))
        .checkAssert(
            calendar -> {
              List<String> actual = new ArrayList<>();
              for (Finding f : RULES.validate(PlannedCalendar.of(calendar)).findings()) {
                actual.add(f.code().name() + " " + f.path());
              }
              assertThat(actual).containsExactlyInAnyOrderElementsOf(oracle(calendar));
            });
  }

  private static List<String> oracle(ContentCalendar calendar) {
    List<String> expected = new ArrayList<>();
    List<ScheduledPost> posts = calendar.posts();
    for (int i = 0; i < posts.size(); i++) {
      ScheduledPost post = posts.get(i);
      PostContent content = post.content();
      Optional<FormatLimits> limits =
          PlatformCatalog.standard().profile(post.platform()).flatMap(p -> p.limits(content.format()));
      if (!post.status().occupiesSlot() || limits.isEmpty()) {
        continue;
      }
      String path = "posts[" + i + "]";
      if (content.firstComment().isPresent()) {
        if (limits.get().firstCommentAllowed().equals(Optional.of(false))) {
          expected.add("CALENDAR_FIRST_COMMENT_UNSUPPORTED " + path + ".firstComment");
        } else {
          for (TextLimit limit : limits.get().textLimits(TextField.FIRST_COMMENT)) {
            if (!limit.check(content.firstComment().get()).fits()) {
              expected.add("CALENDAR_FIRST_COMMENT_TOO_LONG " + path + ".firstComment");
            }
          }
        }
      }
      if (content.isThread()) {
        if (!limits.get().threadsAllowed()) {
          expected.add("CALENDAR_THREAD_UNSUPPORTED " + path + ".threadParts");
          continue;
        }
        // parts() is the text, then the thread parts: the text is calendar.limits' to measure.
        List<String> parts = content.parts();
        for (int k = 1; k < parts.size(); k++) {
          for (TextLimit limit : limits.get().textLimits(TextField.BODY)) {
            if (!limit.check(parts.get(k)).fits()) {
              expected.add(
                  "CALENDAR_THREAD_PART_TOO_LONG " + path + ".threadParts[" + (k - 1) + "]");
            }
          }
        }
      }
    }
    return expected;
  }

  @Test
  void theSchedulerPlacesAThreadAsOnePost() {
    List<String> parts = List.of("2/ Pat dry.", "3/ Then serum.", "4/ Done.");
    qt().withExamples(60)
        .forAll(CalendarGenerators.schedulingRequests(12), Generate.pick(List.of(0, 1, 3)))
        .checkAssert(
            (request, partCount) -> {
              List<Draft> singles = new ArrayList<>();
              List<Draft> threads = new ArrayList<>();
              for (Draft d : request.drafts()) {
                singles.add(d.withContent(d.content().withThreadParts(List.of())));
                threads.add(
                    d.withContent(d.content().withThreadParts(parts.subList(0, partCount))));
              }
              SchedulingResult single =
                  Scheduler.schedule(SchedulingRequest.builder().from(request).drafts(singles).build());
              SchedulingResult threaded =
                  Scheduler.schedule(SchedulingRequest.builder().from(request).drafts(threads).build());
              assertThat(placements(threaded)).isEqualTo(placements(single));
              assertThat(threaded.unplacedByReason()).isEqualTo(single.unplacedByReason());
              for (ScheduledPost p : threaded.placed()) {
                assertThat(p.content().threadParts()).hasSize(partCount);
              }
            });
  }

  private static List<String> placements(SchedulingResult result) {
    List<String> out = new ArrayList<>();
    result.placed().forEach(p -> out.add(p.id() + "@" + p.time()));
    return out;
  }
}
