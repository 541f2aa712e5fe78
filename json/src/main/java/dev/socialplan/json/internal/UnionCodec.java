package dev.socialplan.json.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A closed family of types written as objects whose first property names the member ({@code
 * "kind": "LIVE_STREAM"}). The discriminator must come first so the document streams without
 * buffering; a document that puts it elsewhere is refused with a message that says so.
 *
 * @param <T> the family's common type
 */
public final class UnionCodec<T> extends Codec<T> {

  private record Member<T>(String name, Class<? extends T> type, ObjectCodec<? extends T> codec) {}

  private final String typeName;
  private final String discriminator;
  private final List<Member<T>> members;
  private final Map<String, Member<T>> byName;

  private UnionCodec(String typeName, String discriminator, List<Member<T>> members) {
    this.typeName = typeName;
    this.discriminator = discriminator;
    this.members = List.copyOf(members);
    this.byName = new LinkedHashMap<>();
    for (Member<T> member : members) {
      byName.put(member.name, member);
    }
  }

  /**
   * Starts a family.
   *
   * @param typeName the common type's name
   * @param discriminator the property that names the member
   * @param <T> the common type
   * @return a builder
   */
  public static <T> Builder<T> builder(String typeName, String discriminator) {
    return new Builder<>(typeName, discriminator);
  }

  /**
   * Builds a family.
   *
   * @param <T> the common type
   */
  public static final class Builder<T> {
    private final String typeName;
    private final String discriminator;
    private final List<Member<T>> members = new ArrayList<>();

    private Builder(String typeName, String discriminator) {
      this.typeName = typeName;
      this.discriminator = discriminator;
    }

    /**
     * Adds a member.
     *
     * @param name the discriminator's value
     * @param type the member's type
     * @param codec the member's codec
     * @param <S> the member type
     * @return this builder
     */
    public <S extends T> Builder<T> add(String name, Class<S> type, ObjectCodec<S> codec) {
      members.add(new Member<T>(name, type, codec));
      return this;
    }

    /**
     * Builds the codec.
     *
     * @return the codec
     */
    public UnionCodec<T> build() {
      return new UnionCodec<>(typeName, discriminator, members);
    }
  }

  /**
   * Returns the members' names.
   *
   * @return the names, in declaration order
   */
  public List<String> memberNames() {
    return List.copyOf(byName.keySet());
  }

  /**
   * Returns the discriminator property.
   *
   * @return its name
   */
  public String discriminator() {
    return discriminator;
  }

  /**
   * Returns each member's codec by its discriminator value.
   *
   * @return the codecs, in declaration order
   */
  public Map<String, ObjectCodec<? extends T>> memberCodecs() {
    Map<String, ObjectCodec<? extends T>> codecs = new LinkedHashMap<>();
    for (Member<T> member : members) {
      codecs.put(member.name, member.codec);
    }
    return java.util.Collections.unmodifiableMap(codecs);
  }

  @Override
  public String expected() {
    return "an object (" + typeName + ") whose first property is \"" + discriminator + "\"";
  }

  @Override
  public void write(T value, JsonGenerator out) {
    for (Member<T> member : members) {
      if (member.type.isInstance(value)) {
        out.writeStartObject();
        out.writeName(discriminator);
        out.writeString(member.name);
        writeAs(member.codec, value, out);
        out.writeEndObject();
        return;
      }
    }
    throw new IllegalArgumentException(
        "no JSON form for " + typeName + " implementation " + value.getClass().getName());
  }

  @SuppressWarnings("unchecked")
  private static <S> void writeAs(ObjectCodec<S> codec, Object value, JsonGenerator out) {
    codec.writeProperties((S) value, out);
  }

  @Override
  public T read(JsonParser in, Reading reading) {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw Reading.wrongType(in, expected());
    }
    if (in.nextToken() != JsonToken.PROPERTY_NAME || !discriminator.equals(in.currentName())) {
      throw Reading.refuse(
          in,
          "the first property of " + typeName + " must be \"" + discriminator + "\", one of "
              + String.join(", ", byName.keySet()));
    }
    in.nextToken();
    String name = Scalars.STRING.read(in, reading);
    Member<T> member = byName.get(name);
    if (member == null) {
      throw Reading.refuse(
          in,
          "unknown " + typeName + " " + discriminator + "; expected one of "
              + String.join(", ", byName.keySet()));
    }
    return member.codec.readProperties(in, reading, false);
  }
}
