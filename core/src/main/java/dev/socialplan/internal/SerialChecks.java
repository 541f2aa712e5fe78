package dev.socialplan.internal;

import java.io.InvalidObjectException;
import java.util.function.Supplier;

/**
 * Deserialisation that never trusts its stream. <strong>Not API.</strong>
 *
 * <p>A serialisable value's {@code readResolve} rebuilds the value through its public factory, so a
 * tampered stream (a negative count, a NaN weight, a malformed path, a null part) cannot make an
 * object the factory would refuse (Effective Java, 3rd ed., items 88 and 90). The factory's refusal
 * becomes the {@link InvalidObjectException} that Java serialisation expects, with the factory's
 * message and the refusal as its cause.
 */
public final class SerialChecks {
  private SerialChecks() {}

  /**
   * Rebuilds a deserialised value through its factory.
   *
   * @param factory builds the value from the fields read, with the factory's checks
   * @param <T> the value's type
   * @return the value the factory built
   * @throws InvalidObjectException if the factory refuses the fields read (any runtime exception,
   *     null fields included)
   */
  public static <T> T rebuild(Supplier<T> factory) throws InvalidObjectException {
    try {
      return factory.get();
    } catch (RuntimeException refused) {
      InvalidObjectException invalid =
          new InvalidObjectException(
              refused.getMessage() != null ? refused.getMessage() : refused.toString());
      invalid.initCause(refused);
      throw invalid;
    }
  }
}
