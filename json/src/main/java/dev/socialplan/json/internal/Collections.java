package dev.socialplan.json.internal;

import dev.socialplan.json.SocialplanJsonException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Arrays and objects of values: lists, sets (no repeats) and maps keyed by text. */
public final class Collections {

  private Collections() {}

  static <V> void writeArray(Collection<V> values, Codec<V> codec, JsonGenerator out) {
    out.writeStartArray();
    for (V value : values) {
      codec.write(value, out);
    }
    out.writeEndArray();
  }

  /**
   * A list codec.
   *
   * @param codec the element codec
   * @param <V> the element type
   * @return the codec
   */
  public static <V> Codec<List<V>> listOf(Codec<V> codec) {
    return new Codec<List<V>>() {
      @Override
      public void write(List<V> value, JsonGenerator out) {
        writeArray(value, codec, out);
      }

      @Override
      public List<V> read(JsonParser in, Reading reading) {
        if (in.currentToken() != JsonToken.START_ARRAY) {
          throw Reading.wrongType(in, expected());
        }
        List<V> values = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
          if (in.currentToken() == JsonToken.VALUE_NULL) {
            throw Reading.refuse(in, "null is not an element");
          }
          values.add(codec.read(in, reading));
        }
        return values;
      }

      @Override
      public String expected() {
        return "an array of " + codec.expected();
      }
    };
  }

  /**
   * A set codec: an array whose elements do not repeat.
   *
   * @param codec the element codec
   * @param <V> the element type
   * @return the codec
   */
  public static <V> Codec<Set<V>> setOf(Codec<V> codec) {
    return new Codec<Set<V>>() {
      @Override
      public void write(Set<V> value, JsonGenerator out) {
        writeArray(value, codec, out);
      }

      @Override
      public Set<V> read(JsonParser in, Reading reading) {
        if (in.currentToken() != JsonToken.START_ARRAY) {
          throw Reading.wrongType(in, expected());
        }
        Set<V> values = ObjectCodec.newSet();
        while (in.nextToken() != JsonToken.END_ARRAY) {
          if (in.currentToken() == JsonToken.VALUE_NULL) {
            throw Reading.refuse(in, "null is not an element");
          }
          if (!values.add(codec.read(in, reading))) {
            throw Reading.refuse(in, "repeats an element of the set");
          }
        }
        return values;
      }

      @Override
      public String expected() {
        return "an array of distinct " + codec.expected();
      }
    };
  }

  /**
   * A map codec: an object whose property names are the keys' text.
   *
   * @param keys the key codec
   * @param codec the value codec
   * @param <K> the key type
   * @param <V> the value type
   * @return the codec
   */
  public static <K, V> Codec<Map<K, V>> mapOf(KeyCodec<K> keys, Codec<V> codec) {
    return new Codec<Map<K, V>>() {
      @Override
      public void write(Map<K, V> value, JsonGenerator out) {
        out.writeStartObject();
        for (Map.Entry<K, V> entry : value.entrySet()) {
          out.writeName(keys.write(entry.getKey()));
          codec.write(entry.getValue(), out);
        }
        out.writeEndObject();
      }

      @Override
      public Map<K, V> read(JsonParser in, Reading reading) {
        if (in.currentToken() != JsonToken.START_OBJECT) {
          throw Reading.wrongType(in, expected());
        }
        Map<K, V> values = ObjectCodec.newMap();
        while (in.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = in.currentName();
          K key;
          try {
            key = keys.read(name);
          } catch (IllegalArgumentException | DateTimeException e) {
            throw new SocialplanJsonException(
                Reading.pointer(in),
                name,
                "not a valid key: expected " + keys.expected() + " (" + e.getMessage() + ")",
                e);
          }
          in.nextToken();
          if (in.currentToken() == JsonToken.VALUE_NULL) {
            throw Reading.refuse(in, "null is not a value");
          }
          // Duplicate keys are refused by the parser (strict duplicate detection); two spellings
          // of one key (a platform's id in another case) are refused here.
          if (values.containsKey(key)) {
            throw Reading.refuse(in, "repeats the key " + keys.write(key));
          }
          values.put(key, codec.read(in, reading));
        }
        return values;
      }

      @Override
      public String expected() {
        return "an object of " + codec.expected() + " keyed by " + keys.expected();
      }
    };
  }
}
