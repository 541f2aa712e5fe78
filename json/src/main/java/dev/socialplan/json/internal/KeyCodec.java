package dev.socialplan.json.internal;

import java.util.function.Function;

/**
 * Turns a map key into the text of a JSON property name and back.
 *
 * @param <K> the key type
 */
public final class KeyCodec<K> {
  private final Function<K, String> write;
  private final Function<String, K> read;
  private final String expected;

  private KeyCodec(Function<K, String> write, Function<String, K> read, String expected) {
    this.write = write;
    this.read = read;
    this.expected = expected;
  }

  /**
   * Creates a key codec.
   *
   * @param write the key's text
   * @param read parses the text; throws IllegalArgumentException or DateTimeException to refuse
   * @param expected what a key must be, for messages
   * @param <K> the key type
   * @return the codec
   */
  public static <K> KeyCodec<K> of(
      Function<K, String> write, Function<String, K> read, String expected) {
    return new KeyCodec<>(write, read, expected);
  }

  String write(K key) {
    return write.apply(key);
  }

  K read(String text) {
    return read.apply(text);
  }

  String expected() {
    return expected;
  }
}
