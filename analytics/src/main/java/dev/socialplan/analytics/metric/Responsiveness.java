package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Customer-care metrics: response rate and mean and median time to first response (
 * Sprout Social, "Response rate" and "Response time"). Example: first responses after 5, 10 and 15
 * minutes give a mean and a median of 10 minutes.
 */
public final class Responsiveness {
  private Responsiveness() {}

  /**
   * Response rate: messages answered ÷ messages received that needed an answer.
   *
   * @param answered the messages answered
   * @param received the messages received
   * @return the rate; undefined when nothing was received
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio responseRate(long answered, long received) {
    Checks.nonNegative(answered, "answered");
    Checks.nonNegative(received, "received");
    return Ratio.of(answered, received);
  }

  /**
   * Mean time to first response: Σ times ÷ n, truncated to the nanosecond.
   *
   * @param firstResponseTimes the time from each message to its first answer, not negative
   * @return the mean, or empty when there are no times
   * @throws IllegalArgumentException if a time is negative
   * @throws ArithmeticException if the sum overflows a {@link Duration}
   */
  public static Optional<Duration> meanResponseTime(Collection<Duration> firstResponseTimes) {
    List<Duration> times = checked(firstResponseTimes);
    if (times.isEmpty()) {
      return Optional.empty();
    }
    Duration sum = Duration.ZERO;
    for (Duration time : times) {
      sum = sum.plus(time);
    }
    return Optional.of(sum.dividedBy(times.size()));
  }

  /**
   * Median time to first response: the middle time, or the mean of the two middle times when there
   * is an even number of them (truncated to the nanosecond).
   *
   * @param firstResponseTimes the time from each message to its first answer, not negative
   * @return the median, or empty when there are no times
   * @throws IllegalArgumentException if a time is negative
   */
  public static Optional<Duration> medianResponseTime(Collection<Duration> firstResponseTimes) {
    List<Duration> times = checked(firstResponseTimes);
    if (times.isEmpty()) {
      return Optional.empty();
    }
    times.sort(null);
    int middle = times.size() / 2;
    if (times.size() % 2 == 1) {
      return Optional.of(times.get(middle));
    }
    Duration low = times.get(middle - 1);
    Duration high = times.get(middle);
    return Optional.of(low.plus(high.minus(low).dividedBy(2)));
  }

  private static List<Duration> checked(Collection<Duration> times) {
    Checks.noNullElements(times, "firstResponseTimes");
    List<Duration> copy = new ArrayList<>(times);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).isNegative()) {
        throw new IllegalArgumentException(
            "firstResponseTimes[" + i + "] must not be negative: " + copy.get(i));
      }
    }
    return copy;
  }
}
