package dev.socialplan.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.internal.SerialStreams;
import java.io.InvalidObjectException;
import org.junit.jupiter.api.Test;

class CountRateTest {
  private static final CountRate APPLAUSE = CountRate.perThousandFollowers(600, 25_000);
  private static final CountRate PER_POST = CountRate.perPost(600, 30);

  /** Before the fix these figures were ratios printed as "24%" and "2000%". */
  @Test
  void theTextSaysWhatTheFigureIs() {
    assertThat(APPLAUSE).hasToString("24 per 1000 followers (600/25000)");
    assertThat(PER_POST).hasToString("20 per post (600/30)");
    assertThat(CountRate.perPost(5, 0)).hasToString("undefined per post (5/0)");
    assertThat(CountRate.perPost(1, 3)).hasToString("0.33333333333333333 per post (1/3)");
    assertThat(CountRate.perThousandFollowers(90, 25_000)).hasToString("3.6 per 1000 followers (90/25000)");
  }

  @Test
  void valuesAndParts() {
    assertThat(APPLAUSE.value()).hasValue(24.0);
    assertThat(PER_POST.value()).hasValue(20.0);
    assertThat(CountRate.perPost(5, 0).value()).isEmpty();
    assertThat(CountRate.perPost(5, 0).isDefined()).isFalse();
    assertThat(APPLAUSE.count()).isEqualTo(600);
    assertThat(APPLAUSE.units()).isEqualTo(25_000);
    assertThat(APPLAUSE.scale()).isEqualTo(1_000);
    assertThat(APPLAUSE.unit()).isEqualTo("followers");
    assertThat(APPLAUSE.toRatio()).isEqualTo(Ratio.of(600_000, 25_000));
  }

  @Test
  void refusesImpossibleParts() {
    assertThatThrownBy(() -> CountRate.perPost(-1, 3)).hasMessage("count must not be negative: -1");
    assertThatThrownBy(() -> CountRate.perPost(1, -3)).hasMessage("units must not be negative: -3");
    assertThatThrownBy(() -> CountRate.of(1, 3, 0, "post")).hasMessage("scale must be at least 1: 0");
    assertThatThrownBy(() -> CountRate.of(1, 3, 1, "\u00A0"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comparesByValueAndEqualsByParts() {
    assertThat(CountRate.perPost(1, 2)).isEqualByComparingTo(CountRate.perPost(2, 4));
    assertThat(CountRate.perPost(1, 2)).isLessThan(CountRate.perPost(2, 3));
    assertThat(CountRate.perPost(1, 0)).isLessThan(CountRate.perPost(0, 3));
    new EqualsTester()
        .addEqualityGroup(CountRate.perPost(1, 2), CountRate.of(1, 2, 1, "post"))
        .addEqualityGroup(CountRate.perPost(2, 4))
        .addEqualityGroup(CountRate.of(1, 2, 1000, "post"))
        .addEqualityGroup(CountRate.of(1, 2, 1, "reel"))
        .testEquals();
  }


  @Test
  void aTamperedStreamIsRefused() throws Exception {
    byte[] stream = SerialStreams.serialize(CountRate.perPost(600, 30));
    assertThat(SerialStreams.deserialize(stream)).isEqualTo(CountRate.perPost(600, 30));
    byte[] tampered =
        SerialStreams.replace(stream, SerialStreams.bytes(600L), SerialStreams.bytes(-600L));
    assertThatThrownBy(() -> SerialStreams.deserialize(tampered))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage("count must not be negative: -600");
  }
}
