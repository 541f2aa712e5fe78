package dev.socialplan.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Writes one type to a token stream and reads it back. Reading starts on the value's first token
 * and ends on its last one; it goes through the type's public factory or builder, so a value the
 * domain refuses is refused here too.
 *
 * @param <T> the value type
 */
public abstract class Codec<T> {

  /**
   * Writes a value.
   *
   * @param value the value, never null
   * @param out the generator
   */
  public abstract void write(T value, JsonGenerator out);

  /**
   * Reads a value whose first token is the parser's current token.
   *
   * @param in the parser
   * @param reading the options of this read
   * @return the value, never null
   */
  public abstract T read(JsonParser in, Reading reading);

  /**
   * Returns the name of the JSON shape, for messages ("an object", "a string").
   *
   * @return the expected shape
   */
  public abstract String expected();
}
