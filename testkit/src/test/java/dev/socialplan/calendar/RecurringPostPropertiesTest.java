package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.CalendarGenerators;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringPostPropertiesTest {

  @Test
  void oneUniquelyNamedPostPerOccurrenceNotSkipped() {
    qt().forAll(CalendarGenerators.recurringPosts())
        .checkAssert(
            r -> {
              List<ScheduledPost> posts = r.expand();
              List<LocalDateTime> all = r.pattern().occurrences(r.zone());
              assertThat(posts).hasSize(all.size() - r.skips().size());
              assertThat(posts.stream().map(ScheduledPost::id).distinct().count()).isEqualTo(posts.size());
              for (LocalDateTime skipped : r.skips()) {
                assertThat(posts).noneMatch(p -> p.id().equals(r.occurrenceId(skipped)));
              }
              for (int i = 1; i < posts.size(); i++) {
                assertThat(ScheduledPost.timeOrder().compare(posts.get(i - 1), posts.get(i))).isNegative();
              }
              // The expansion fits a calendar as is.
              assertThat(ContentCalendar.of(r.zone(), posts).size()).isEqualTo(posts.size());
            });
  }

  @Test
  void overridesChangeOnlyTheirOccurrence() {
    qt().forAll(CalendarGenerators.recurringPosts())
        .checkAssert(
            r -> {
              List<ScheduledPost> posts = r.expand();
              for (ScheduledPost post : posts) {
                boolean overridden =
                    r.overrides().keySet().stream().anyMatch(at -> r.occurrenceId(at).equals(post.id()));
                if (!overridden) {
                  assertThat(post.content().text()).isEqualTo(r.template().content().text());
                  assertThat(post.status()).isEqualTo(r.template().status());
                  assertThat(post.priority()).isEqualTo(r.template().priority());
                }
              }
              r.overrides().forEach((at, change) -> {
                ScheduledPost post =
                    posts.stream().filter(p -> p.id().equals(r.occurrenceId(at))).findFirst().orElseThrow();
                assertThat(post.content()).isEqualTo(change.content().orElse(r.template().content()));
                assertThat(post.priority())
                    .isEqualTo(change.priority().orElse(r.template().priority()));
                change.status().ifPresent(s -> assertThat(post.status()).isEqualTo(s));
              });
              assertThat(posts).allMatch(p -> p.platform().equals(r.template().platform()));
            });
  }
}
