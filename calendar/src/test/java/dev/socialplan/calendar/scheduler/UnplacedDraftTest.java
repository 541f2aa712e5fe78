package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.PostContent;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import org.junit.jupiter.api.Test;

class UnplacedDraftTest {
  private static final Draft DRAFT =
      Draft.builder().id("d-7").platform(Platform.X).content(PostContent.builder().format(PostFormat.TEXT).purpose(PostPurpose.INFORM).build()).build();

  @Test
  void readableForm() {
    UnplacedDraft u = new UnplacedDraft(DRAFT, UnplacedReason.NO_SCHEDULE, "no posting schedule for x");
    assertThat(u).hasToString("d-7 NO_SCHEDULE: no posting schedule for x");
    assertThat(u.draft()).isSameAs(DRAFT);
  }

  @Test
  void refusesABlankExplanation() {
    assertThatThrownBy(() -> new UnplacedDraft(DRAFT, UnplacedReason.NO_SLOT, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("explanation");
  }
}
