package dev.socialplan.calendar.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.PostStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
  private static final Instant AT = Instant.parse("2026-01-02T03:00:00Z");
  private static final AuditEntry SUBMITTED =
      AuditEntry.builder()
          .actor("ana")
          .at(AT)
          .action(WorkflowAction.SUBMIT)
          .fromStatus(PostStatus.DRAFT)
          .toStatus(PostStatus.IN_REVIEW)
          .comment("ready")
          .build();

  @Test
  void keepsItsParts() {
    assertThat(SUBMITTED.actor()).isEqualTo("ana");
    assertThat(SUBMITTED.at()).isEqualTo(AT);
    assertThat(SUBMITTED.action()).isEqualTo(WorkflowAction.SUBMIT);
    assertThat(SUBMITTED.fromStatus()).isEqualTo(PostStatus.DRAFT);
    assertThat(SUBMITTED.toStatus()).isEqualTo(PostStatus.IN_REVIEW);
    assertThat(SUBMITTED.comment()).contains("ready");
    assertThat(SUBMITTED.toString()).contains("ana", "SUBMIT");
  }

  @Test
  void refusesBlankActorOrComment() {
    assertThatThrownBy(() -> AuditEntry.builder().from(SUBMITTED).actor("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor must not be blank: \"\"");
    assertThatThrownBy(() -> AuditEntry.builder().from(SUBMITTED).comment(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comment must not be blank: \" \"");
  }
}
