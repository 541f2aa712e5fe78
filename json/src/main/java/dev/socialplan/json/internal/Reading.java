package dev.socialplan.json.internal;

import dev.socialplan.json.SocialplanJsonException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * The options of one read (strict or lenient about unknown fields) and the way every codec
 * reports a refused value: with the JSON Pointer of the value the parser stands on.
 */
public final class Reading {

  /** Refuses unknown fields. */
  public static final Reading STRICT = new Reading(true);

  /** Skips unknown fields. */
  public static final Reading LENIENT = new Reading(false);

  private final boolean strict;

  private Reading(boolean strict) {
    this.strict = strict;
  }

  /**
   * Returns whether unknown fields are refused.
   *
   * @return true when strict
   */
  public boolean strict() {
    return strict;
  }

  /**
   * Returns the JSON Pointer of the value the parser stands on: the field's value, the array's
   * element, or the object or array that has just started or ended.
   *
   * @param in the parser
   * @return the pointer, {@code ""} for the document itself
   */
  public static String pointer(JsonParser in) {
    JsonToken token = in.currentToken();
    TokenStreamContext context = in.streamReadContext();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /**
   * Creates the exception for the value the parser stands on.
   *
   * @param in the parser
   * @param reason why the value is refused
   * @return the exception to throw
   */
  public static SocialplanJsonException refuse(JsonParser in, String reason) {
    return refuse(in, reason, null);
  }

  /**
   * Creates the exception for the value the parser stands on, with its cause.
   *
   * @param in the parser
   * @param reason why the value is refused
   * @param cause the domain's exception, or null
   * @return the exception to throw
   */
  public static SocialplanJsonException refuse(
      JsonParser in, String reason, @Nullable Throwable cause) {
    return new SocialplanJsonException(pointer(in), valueText(in), reason, cause);
  }

  /**
   * Creates the exception for a value of the wrong JSON type.
   *
   * @param in the parser
   * @param expected the expected shape, such as "a string"
   * @return the exception to throw
   */
  public static SocialplanJsonException wrongType(JsonParser in, String expected) {
    return refuse(in, "expected " + expected + ", found " + found(in.currentToken()));
  }

  private static String found(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null (leave an absent value out instead)";
      default:
        return token.toString();
    }
  }

  private static @Nullable String valueText(JsonParser in) {
    JsonToken token = in.currentToken();
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_OBJECT:
        return "{…}";
      case START_ARRAY:
        return "[…]";
      case END_OBJECT:
      case END_ARRAY:
        return null;
      case VALUE_STRING:
        return "\"" + in.getString() + "\"";
      default:
        return in.getString();
    }
  }
}
