package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EmploymentStatusTest {

  @Test
  void paidWork() {
    assertThat(Arrays.stream(EmploymentStatus.values()).filter(EmploymentStatus::isWorking))
        .containsExactly(EmploymentStatus.EMPLOYED, EmploymentStatus.SELF_EMPLOYED);
    assertThat(EmploymentStatus.values()).hasSize(6);
  }
}
