package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreatorPermissionTest {
  private static final Instant FEB_3 = Instant.parse("2027-02-03T10:15:00Z");
  private static final CreatorPermission BY_DM =
      CreatorPermission.grantedAt(FEB_3).withEvidence("DM reply of 3 Feb");

  @Test
  void keepsItsParts() {
    assertThat(BY_DM.grantedAt()).isEqualTo(FEB_3);
    assertThat(BY_DM.evidence()).contains("DM reply of 3 Feb");
    assertThat(CreatorPermission.grantedAt(FEB_3).evidence()).isEmpty();
  }

  @Test
  void equalByValue() {
    CreatorPermission same =
        CreatorPermission.builder().grantedAt(FEB_3).evidence("DM reply of 3 Feb").build();
    assertThat(same).isEqualTo(BY_DM).hasSameHashCodeAs(BY_DM);
    assertThat(same.toString()).contains("2027-02-03T10:15:00Z");
  }

  @Test
  void refusesBlankEvidence() {
    assertThatThrownBy(() -> BY_DM.withEvidence(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence must not be blank: \" \"");
  }
}
