package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PostStatusTest {

  @Test
  void openStatesAreTheNonFinalOnes() {
    assertThat(Arrays.stream(PostStatus.values()).filter(PostStatus::isOpen).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            PostStatus.DRAFT,
            PostStatus.IN_REVIEW,
            PostStatus.CHANGES_REQUESTED,
            PostStatus.APPROVED,
            PostStatus.SCHEDULED);
    for (PostStatus status : PostStatus.values()) {
      assertThat(status.isFinal()).isEqualTo(!status.isOpen());
    }
  }

  @Test
  void approvedStates() {
    assertThat(EnumSet.allOf(PostStatus.class).stream().filter(PostStatus::isApproved))
        .containsExactlyInAnyOrder(
            PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.PUBLISHED, PostStatus.FAILED);
  }

  @Test
  void finishedFailuresFreeTheirSlot() {
    assertThat(PostStatus.PUBLISHED.occupiesSlot()).isTrue();
    assertThat(PostStatus.DRAFT.occupiesSlot()).isTrue();
    assertThat(PostStatus.SCHEDULED.occupiesSlot()).isTrue();
    assertThat(PostStatus.CANCELLED.occupiesSlot()).isFalse();
    assertThat(PostStatus.REJECTED.occupiesSlot()).isFalse();
    assertThat(PostStatus.FAILED.occupiesSlot()).isFalse();
    assertThat(PostStatus.EXPIRED.occupiesSlot()).isFalse();
  }
}
