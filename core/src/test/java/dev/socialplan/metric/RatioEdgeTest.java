package dev.socialplan.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.internal.SerialStreams;
import java.io.InvalidObjectException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The promises of {@link Ratio} at the edges of its range (issue 10). */
class RatioEdgeTest {

  /** Before the fix {@code %.4g} trimmed "1000%" to "1%" and "2400%" to "24%". */
  @Test
  void printsTheExactPercentageWithItsSignificantZeros() {
    assertThat(Ratio.of(10, 1)).hasToString("1000% (10/1)");
    assertThat(Ratio.of(24_000, 1_000)).hasToString("2400% (24000/1000)");
    assertThat(Ratio.of(1, 10)).hasToString("10% (1/10)");
    assertThat(Ratio.of(69, 2_000)).hasToString("3.45% (69/2000)");
    assertThat(Ratio.of(1, 3)).hasToString("33.33333333333333% (1/3)");
    assertThat(Ratio.of(0, 7)).hasToString("0% (0/7)");
    assertThat(Ratio.of(-1, 4)).hasToString("-25% (-1/4)");
    assertThat(Ratio.of(1e300, 1)).hasToString("1E+302% (1.0E300/1)");
    assertThat(Ratio.of(Double.MIN_VALUE, 1)).hasToString("4.9E-322% (4.9E-324/1)");
  }


  /** Before the fix {@code of(1e300, 1e-300)} had an infinite value. */
  @Test
  void neverInfiniteOverTheWholeRange() {
    assertThatThrownBy(() -> Ratio.of(1e300, 1e-300))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "numerator / denominator must be finite as a fraction and as a percentage: "
                + "1.0E300 / 1.0E-300");
    assertThatThrownBy(() -> Ratio.of(Double.MAX_VALUE, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ratio.of(Double.MAX_VALUE, 1).plus(Ratio.of(Double.MAX_VALUE, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Ratio.of(Long.MAX_VALUE, 1).asPercent()).isPresent();
  }

  /**
   * Before the fix {@code Ratio.pooled} added undefined parts and {@code Averages.pooled} skipped
   * them: 5/0 and 1/10 gave 60 % and 10 %. Now each rule has its own name.
   */
  @Test
  void pooledLeavesUndefinedRatiosOutAndSumOfPartsAddsThem() {
    List<Ratio> parts = List.of(Ratio.of(5, 0), Ratio.of(1, 10));
    assertThat(Ratio.pooled(parts)).isEqualTo(Ratio.of(1, 10));
    assertThat(Ratio.sumOfParts(parts)).isEqualTo(Ratio.of(6, 10));
    assertThat(Ratio.of(5, 0).plus(Ratio.of(1, 10))).isEqualTo(Ratio.of(6, 10));
    assertThat(Ratio.pooled(List.of(Ratio.of(5, 0)))).isEqualTo(Ratio.EMPTY);
    assertThat(Ratio.sumOfParts(List.of())).isEqualTo(Ratio.EMPTY);
  }


  /** Before the fix a tampered stream gave a ratio with a NaN or infinite part or value. */
  @Test
  void aTamperedStreamIsRefused() throws Exception {
    byte[] stream = SerialStreams.serialize(Ratio.of(7, 3));
    assertThat(SerialStreams.deserialize(stream)).isEqualTo(Ratio.of(7, 3));
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      byte[] tampered =
          SerialStreams.replace(stream, SerialStreams.bytes(7.0), SerialStreams.bytes(bad));
      assertThatThrownBy(() -> SerialStreams.deserialize(tampered))
          .isInstanceOf(InvalidObjectException.class)
          .hasMessage("numerator must be a finite number: " + bad);
    }
    byte[] overflow =
        SerialStreams.replace(
            SerialStreams.serialize(Ratio.of(1e300, 3)),
            SerialStreams.bytes(3.0),
            SerialStreams.bytes(1e-300));
    assertThatThrownBy(() -> SerialStreams.deserialize(overflow))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageStartingWith("numerator / denominator must be finite");
    assertThat(SerialStreams.deserialize(SerialStreams.serialize(Ratio.EMPTY)))
        .isSameAs(Ratio.EMPTY);
  }
}
