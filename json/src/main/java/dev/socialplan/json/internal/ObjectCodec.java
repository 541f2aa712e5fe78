package dev.socialplan.json.internal;

import dev.socialplan.json.SocialplanJsonException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * A JSON object described by a table of properties: each property has a name (the Java
 * accessor's), a codec and an accessor for writing; reading collects the properties into slots and
 * hands them to a factory that calls the type's public builder. A factory that refuses the values
 * (an {@link IllegalArgumentException}, {@link NullPointerException}, {@link
 * IllegalStateException} or {@link ArithmeticException}) becomes a {@link
 * SocialplanJsonException} at the object's pointer.
 *
 * @param <T> the value type
 */
public final class ObjectCodec<T> extends Codec<T> {

  /** The property that carries the format version at the top of each document. */
  public static final String VERSION_PROPERTY = "socialplan";

  /** The format version this library writes and the newest it reads. */
  public static final String VERSION = "1";

  private static final SerializedString VERSION_NAME = new SerializedString(VERSION_PROPERTY);

  /** Builds the value from the collected properties. */
  @FunctionalInterface
  public interface Factory<T> {
    /**
     * Builds the value.
     *
     * @param values the properties read
     * @return the value
     */
    T create(Values values);
  }

  /** The properties read for one object, by field handle. */
  public static final class Values {
    private final @Nullable Object[] slots;

    Values(@Nullable Object[] slots) {
      this.slots = slots;
    }

    /**
     * Returns a property's value: as read, or the field's absent value.
     *
     * @param field the field
     * @param <V> the value type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public <V> V get(Field<?, V> field) {
      Object value = slots[field.index];
      return value == null ? (V) field.absent() : (V) value;
    }
  }

  /**
   * One property of the table.
   *
   * @param <T> the owning type
   * @param <V> the value type as the factory sees it
   */
  public abstract static class Field<T, V> {
    final String name;
    final SerializableString serialized;
    final int index;

    Field(String name, int index) {
      this.name = name;
      this.serialized = new SerializedString(name);
      this.index = index;
    }

    abstract void write(T owner, JsonGenerator out);

    abstract Object read(JsonParser in, Reading reading);

    /** The value when the property is absent; null means the property is required. */
    abstract @Nullable Object absent();
  }

  /** Declares the properties of one type. */
  public static final class Table<T> {
    private final List<Field<T, ?>> fields = new ArrayList<>();

    private Table() {}

    private <F extends Field<T, ?>> F add(F field) {
      for (Field<T, ?> existing : fields) {
        if (existing.name.equals(field.name)) {
          throw new IllegalStateException("duplicate property " + field.name);
        }
      }
      fields.add(field);
      return field;
    }

    /**
     * A required property.
     *
     * @param name the name
     * @param codec the value codec
     * @param get the accessor
     * @param <V> the value type
     * @return the field handle
     */
    public <V> Field<T, V> req(String name, Codec<V> codec, Function<? super T, V> get) {
      return add(
          new Field<T, V>(name, fields.size()) {
            @Override
            void write(T owner, JsonGenerator out) {
              out.writeName(serialized);
              codec.write(get.apply(owner), out);
            }

            @Override
            Object read(JsonParser in, Reading reading) {
              return codec.read(in, reading);
            }

            @Override
            @Nullable Object absent() {
              return null;
            }
          });
    }

    /**
     * An optional property, left out when empty.
     *
     * @param name the name
     * @param codec the value codec
     * @param get the accessor
     * @param <V> the value type
     * @return the field handle
     */
    public <V> Field<T, Optional<V>> opt(
        String name, Codec<V> codec, Function<? super T, Optional<V>> get) {
      return add(
          new Field<T, Optional<V>>(name, fields.size()) {
            @Override
            void write(T owner, JsonGenerator out) {
              Optional<V> value = get.apply(owner);
              if (value.isPresent()) {
                out.writeName(serialized);
                codec.write(value.get(), out);
              }
            }

            @Override
            Object read(JsonParser in, Reading reading) {
              return Optional.of(codec.read(in, reading));
            }

            @Override
            Object absent() {
              return Optional.empty();
            }
          });
    }

    /**
     * A property with a default: always written, optional when read (the builder's default
     * applies when it is absent).
     *
     * @param name the name
     * @param codec the value codec
     * @param get the accessor
     * @param <V> the value type
     * @return the field handle
     */
    public <V> Field<T, Optional<V>> dflt(
        String name, Codec<V> codec, Function<? super T, V> get) {
      return add(
          new Field<T, Optional<V>>(name, fields.size()) {
            @Override
            void write(T owner, JsonGenerator out) {
              out.writeName(serialized);
              codec.write(get.apply(owner), out);
            }

            @Override
            Object read(JsonParser in, Reading reading) {
              return Optional.of(codec.read(in, reading));
            }

            @Override
            Object absent() {
              return Optional.empty();
            }
          });
    }

    /**
     * Text rendered in the writer's locale (a finding's message): always written; optional when
     * read, where it is handed to the factory as written.
     *
     * @param name the name
     * @param get renders the text in a locale
     * @return the field handle
     */
    public Field<T, Optional<String>> localized(
        String name, java.util.function.BiFunction<? super T, java.util.Locale, String> get) {
      return add(
          new Field<T, Optional<String>>(name, fields.size()) {
            @Override
            void write(T owner, JsonGenerator out) {
              out.writeName(serialized);
              out.writeString(get.apply(owner, Writing.locale(out)));
            }

            @Override
            Object read(JsonParser in, Reading reading) {
              return Optional.of(Scalars.STRING.read(in, reading));
            }

            @Override
            Object absent() {
              return Optional.empty();
            }
          });
    }

    /**
     * An optional count, left out when absent.
     *
     * @param name the name
     * @param get the accessor
     * @return the field handle
     */
    public Field<T, OptionalLong> optLong(String name, Function<? super T, OptionalLong> get) {
      return add(
          new Field<T, OptionalLong>(name, fields.size()) {
            @Override
            void write(T owner, JsonGenerator out) {
              OptionalLong value = get.apply(owner);
              if (value.isPresent()) {
                out.writeName(serialized);
                out.writeNumber(value.getAsLong());
              }
            }

            @Override
            Object read(JsonParser in, Reading reading) {
              return OptionalLong.of(Scalars.LONG.read(in, reading));
            }

            @Override
            Object absent() {
              return OptionalLong.empty();
            }
          });
    }

    /**
     * An optional int, left out when absent.
     *
     * @param name the name
     * @param get the accessor
     * @return the field handle
     */
    public Field<T, OptionalInt> optInt(String name, Function<? super T, OptionalInt> get) {
      return add(
          new Field<T, OptionalInt>(name, fields.size()) {
            @Override
            void write(T owner, JsonGenerator out) {
              OptionalInt value = get.apply(owner);
              if (value.isPresent()) {
                out.writeName(serialized);
                out.writeNumber(value.getAsInt());
              }
            }

            @Override
            Object read(JsonParser in, Reading reading) {
              return OptionalInt.of(Scalars.INT.read(in, reading));
            }

            @Override
            Object absent() {
              return OptionalInt.empty();
            }
          });
    }

    /**
     * An optional number, left out when absent.
     *
     * @param name the name
     * @param get the accessor
     * @return the field handle
     */
    public Field<T, OptionalDouble> optDouble(
        String name, Function<? super T, OptionalDouble> get) {
      return add(
          new Field<T, OptionalDouble>(name, fields.size()) {
            @Override
            void write(T owner, JsonGenerator out) {
              OptionalDouble value = get.apply(owner);
              if (value.isPresent()) {
                out.writeName(serialized);
                out.writeNumber(value.getAsDouble());
              }
            }

            @Override
            Object read(JsonParser in, Reading reading) {
              return OptionalDouble.of(Scalars.DOUBLE.read(in, reading));
            }

            @Override
            Object absent() {
              return OptionalDouble.empty();
            }
          });
    }

    /**
     * A required count.
     *
     * @param name the name
     * @param get the accessor
     * @return the field handle
     */
    public Field<T, Long> reqLong(String name, ToLongFunction<? super T> get) {
      return req(name, Scalars.LONG, owner -> get.applyAsLong(owner));
    }

    /**
     * A required int.
     *
     * @param name the name
     * @param get the accessor
     * @return the field handle
     */
    public Field<T, Integer> reqInt(String name, ToIntFunction<? super T> get) {
      return req(name, Scalars.INT, owner -> get.applyAsInt(owner));
    }

    /**
     * A required number.
     *
     * @param name the name
     * @param get the accessor
     * @return the field handle
     */
    public Field<T, Double> reqDouble(String name, ToDoubleFunction<? super T> get) {
      return req(name, Scalars.DOUBLE, owner -> get.applyAsDouble(owner));
    }

    /**
     * A list, always written (possibly empty); absent reads as empty.
     *
     * @param name the name
     * @param codec the element codec
     * @param get the accessor
     * @param <V> the element type
     * @return the field handle
     */
    public <V> Field<T, List<V>> list(
        String name, Codec<V> codec, Function<? super T, ? extends Collection<V>> get) {
      return listField(name, codec, get, true);
    }

    /**
     * A list written only when it has elements, so documents of values without it stay as they
     * were before the property existed; absent reads as empty.
     *
     * @param name the name
     * @param codec the element codec
     * @param get the accessor
     * @param <V> the element type
     * @return the field handle
     */
    public <V> Field<T, List<V>> nonEmptyList(
        String name, Codec<V> codec, Function<? super T, ? extends Collection<V>> get) {
      return listField(name, codec, get, false);
    }

    private <V> Field<T, List<V>> listField(String name, Codec<V> codec,
        Function<? super T, ? extends Collection<V>> get, boolean writeWhenEmpty) {
      Codec<List<V>> lists = Collections.listOf(codec);
      return add(
          new Field<T, List<V>>(name, fields.size()) {
            @Override
            void write(T owner, JsonGenerator out) {
              Collection<V> values = get.apply(owner);
              if (writeWhenEmpty || !values.isEmpty()) {
                out.writeName(serialized);
                Collections.writeArray(values, codec, out);
              }
            }

            @Override
            Object read(JsonParser in, Reading reading) {
              return lists.read(in, reading);
            }

            @Override
            Object absent() {
              return List.of();
            }
          });
    }

    /**
     * A set, always written in the set's order (possibly empty); absent reads as empty; a
     * repeated element is refused.
     *
     * @param name the name
     * @param codec the element codec
     * @param get the accessor
     * @param <V> the element type
     * @return the field handle
     */
    public <V> Field<T, Set<V>> set(
        String name, Codec<V> codec, Function<? super T, ? extends Collection<V>> get) {
      Codec<Set<V>> sets = Collections.setOf(codec);
      return add(
          new Field<T, Set<V>>(name, fields.size()) {
            @Override
            void write(T owner, JsonGenerator out) {
              out.writeName(serialized);
              Collections.writeArray(get.apply(owner), codec, out);
            }

            @Override
            Object read(JsonParser in, Reading reading) {
              return sets.read(in, reading);
            }

            @Override
            Object absent() {
              return Set.of();
            }
          });
    }

    /**
     * A map written as an object keyed by the keys' text, always written; absent reads as empty.
     *
     * @param name the name
     * @param keys the key codec
     * @param codec the value codec
     * @param get the accessor
     * @param <K> the key type
     * @param <V> the value type
     * @return the field handle
     */
    public <K, V> Field<T, Map<K, V>> map(
        String name, KeyCodec<K> keys, Codec<V> codec, Function<? super T, Map<K, V>> get) {
      Codec<Map<K, V>> maps = Collections.mapOf(keys, codec);
      return add(
          new Field<T, Map<K, V>>(name, fields.size()) {
            @Override
            void write(T owner, JsonGenerator out) {
              out.writeName(serialized);
              maps.write(get.apply(owner), out);
            }

            @Override
            Object read(JsonParser in, Reading reading) {
              return maps.read(in, reading);
            }

            @Override
            Object absent() {
              return Map.of();
            }
          });
    }
  }

  private final String typeName;
  private final List<Field<T, ?>> fields;
  private final Map<String, Field<T, ?>> byName;
  private final Factory<T> factory;

  private ObjectCodec(String typeName, List<Field<T, ?>> fields, Factory<T> factory) {
    this.typeName = typeName;
    this.fields = List.copyOf(fields);
    this.byName = new HashMap<>();
    for (Field<T, ?> field : fields) {
      byName.put(field.name, field);
    }
    this.factory = factory;
  }

  /**
   * Defines the codec of one type.
   *
   * @param typeName the type's name, for messages
   * @param definition declares the properties and returns the factory
   * @param <T> the type
   * @return the codec
   */
  public static <T> ObjectCodec<T> define(
      String typeName, Function<Table<T>, Factory<T>> definition) {
    Table<T> table = new Table<>();
    Factory<T> factory = definition.apply(table);
    return new ObjectCodec<>(typeName, table.fields, factory);
  }

  /**
   * Returns the type's name.
   *
   * @return the name
   */
  public String typeName() {
    return typeName;
  }

  /**
   * Returns the property names in the order they are written.
   *
   * @return the names
   */
  public List<String> propertyNames() {
    List<String> names = new ArrayList<>(fields.size());
    for (Field<T, ?> field : fields) {
      names.add(field.name);
    }
    return names;
  }

  /**
   * Returns the names of the properties a reader requires, in the order they are written.
   *
   * @return the names
   */
  public List<String> requiredNames() {
    List<String> names = new ArrayList<>();
    for (Field<T, ?> field : fields) {
      if (field.absent() == null) {
        names.add(field.name);
      }
    }
    return names;
  }

  @Override
  public String expected() {
    return "an object (" + typeName + ")";
  }

  @Override
  public void write(T value, JsonGenerator out) {
    out.writeStartObject();
    writeProperties(value, out);
    out.writeEndObject();
  }

  /**
   * Writes a value as a document: the object with the format version as its first property.
   *
   * @param value the value
   * @param out the generator
   */
  public void writeDocument(T value, JsonGenerator out) {
    out.writeStartObject();
    out.writeName(VERSION_NAME);
    out.writeString(VERSION);
    writeProperties(value, out);
    out.writeEndObject();
  }

  /**
   * Writes the properties only (the caller wrote the start of the object).
   *
   * @param value the value
   * @param out the generator
   */
  void writeProperties(T value, JsonGenerator out) {
    for (Field<T, ?> field : fields) {
      field.write(value, out);
    }
  }

  @Override
  public T read(JsonParser in, Reading reading) {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw Reading.wrongType(in, expected());
    }
    return readProperties(in, reading, false);
  }

  /**
   * Reads a document: the object with its format version.
   *
   * @param in the parser, on the document's first token
   * @param reading the options
   * @return the value
   */
  public T readDocument(JsonParser in, Reading reading) {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw Reading.wrongType(in, "a socialplan document (an object)");
    }
    return readProperties(in, reading, true);
  }

  /**
   * Reads the properties after the start of the object (or after a discriminator) up to its end.
   *
   * @param in the parser
   * @param reading the options
   * @param document whether the format version is expected
   * @return the value
   */
  T readProperties(JsonParser in, Reading reading, boolean document) {
    @Nullable Object[] slots = new Object[fields.size()];
    boolean versionSeen = false;
    JsonToken token;
    while ((token = in.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = in.currentName();
      Field<T, ?> field = byName.get(name);
      in.nextToken();
      if (field == null) {
        if (document && name.equals(VERSION_PROPERTY)) {
          checkVersion(in);
          versionSeen = true;
          continue;
        }
        if (reading.strict()) {
          throw new SocialplanJsonException(
              Reading.pointer(in),
              null,
              "unknown field \"" + name + "\" in " + typeName + "; known fields: "
                  + String.join(", ", propertyNames()),
              null);
        }
        in.skipChildren();
        continue;
      }
      if (in.currentToken() == JsonToken.VALUE_NULL) {
        throw Reading.refuse(
            in, "null is not a value; leave the field out when it is absent");
      }
      slots[field.index] = field.read(in, reading);
    }
    if (token != JsonToken.END_OBJECT) {
      throw Reading.wrongType(in, "a property or the end of the object");
    }
    if (document && !versionSeen) {
      throw new SocialplanJsonException(
          Reading.pointer(in),
          null,
          "missing the format version \"" + VERSION_PROPERTY + "\": \"" + VERSION + "\"",
          null);
    }
    for (Field<T, ?> field : fields) {
      if (slots[field.index] == null && field.absent() == null) {
        String where = Reading.pointer(in);
        throw new SocialplanJsonException(
            where + "/" + escape(field.name),
            null,
            "missing required field \"" + field.name + "\" of " + typeName,
            null);
      }
    }
    try {
      return factory.create(new Values(slots));
    } catch (IllegalArgumentException
        | NullPointerException
        | IllegalStateException
        | ArithmeticException
        | UnsupportedOperationException e) {
      throw new SocialplanJsonException(
          Reading.pointer(in),
          null,
          typeName + " refused: " + e.getMessage(),
          e);
    }
  }

  private static void checkVersion(JsonParser in) {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      throw Reading.wrongType(in, "the format version as a string (\"" + VERSION + "\")");
    }
    String version = in.getString();
    if (version.equals(VERSION)) {
      return;
    }
    int number;
    try {
      number = Integer.parseInt(version);
    } catch (NumberFormatException e) {
      throw Reading.refuse(in, "not a format version; this reader reads version " + VERSION);
    }
    throw Reading.refuse(
        in,
        number > Integer.parseInt(VERSION)
            ? "format version " + version + " is newer than this reader supports ("
                + VERSION + "); upgrade socialplan-json"
            : "unknown format version; this reader reads version " + VERSION);
  }

  /**
   * Escapes a property name for a JSON Pointer (RFC 6901: {@code ~} as {@code ~0}, {@code /} as
   * {@code ~1}).
   *
   * @param name the name
   * @return the escaped name
   */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Keeps a map's insertion order when building one from properties. */
  static <K, V> Map<K, V> newMap() {
    return new LinkedHashMap<>();
  }

  /** Keeps a set's insertion order when building one from an array. */
  static <V> Set<V> newSet() {
    return new LinkedHashSet<>();
  }
}
