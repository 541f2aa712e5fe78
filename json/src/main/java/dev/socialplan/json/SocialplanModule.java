package dev.socialplan.json;

import dev.socialplan.json.internal.Codec;
import dev.socialplan.json.internal.Reading;
import dev.socialplan.json.internal.Registry;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ser.Serializers;

/**
 * A Jackson 3 module that gives every socialplan value its JSON form, for users who configure
 * their own {@code JsonMapper}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new SocialplanModule()).build();
 * String json = mapper.writeValueAsString(plan);
 * StrategyPlan back = mapper.readValue(json, StrategyPlan.class);
 * }</pre>
 *
 * <p>Values are written exactly as {@link SocialplanJson} writes them inside a document (the
 * top-level {@code "socialplan"} format version is the codec's; a value bound by the mapper is a
 * plain object). Reading goes through the same property tables and public factories, so the
 * same values are refused, as {@link SocialplanJsonException}s (an unchecked exception that the
 * mapper passes through) naming the JSON Pointer. Unknown fields follow the mapper's {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} (off by default in Jackson 3, so a mapper
 * skips them unless it enables the feature; the codec refuses them by default). Findings' messages and
 * hints are rendered in the mapper's default locale. Size and nesting limits are the mapper's
 * own ({@code StreamReadConstraints}); duplicate keys are refused only when the mapper enables
 * {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}.
 *
 * <p>A value whose JSON form is a family (a {@code Tactic}, a {@code SlotPattern}) carries its
 * member's name only when written as the family: Jackson picks a serializer by the runtime class
 * at the top level, so write such a value with {@code mapper.writerFor(Tactic.class)} when it is
 * the root; inside socialplan values the declared type always applies.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SocialplanModule extends JacksonModule {

  /** Creates the module. */
  public SocialplanModule() {}

  @Override
  public String getModuleName() {
    return "socialplan";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "dev.socialplan", "socialplan-json");
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new CodecSerializers());
    context.addDeserializers(new CodecDeserializers());
  }

  private static final class CodecSerializers extends Serializers.Base {
    @Override
    public ValueSerializer<?> findSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier description,
        com.fasterxml.jackson.annotation.JsonFormat.Value format) {
      Optional<? extends Codec<?>> codec = Registry.codec(type.getRawClass());
      return codec.isPresent() ? serializer(codec.get()) : null;
    }
  }

  private static <T> ValueSerializer<T> serializer(Codec<T> codec) {
    return new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator out, SerializationContext context) {
        codec.write(value, out);
      }
    };
  }

  private static final class CodecDeserializers extends Deserializers.Base {
    @Override
    public ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
      Optional<? extends Codec<?>> codec = Registry.codec(type.getRawClass());
      return codec.isPresent() ? deserializer(codec.get()) : null;
    }

    @Override
    public ValueDeserializer<?> findEnumDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
      return findBeanDeserializer(type, config, description);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
      return Registry.codec(type).isPresent();
    }
  }

  private static <T> ValueDeserializer<T> deserializer(Codec<T> codec) {
    return new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser in, DeserializationContext context) {
        Reading reading =
            context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                ? Reading.STRICT
                : Reading.LENIENT;
        return codec.read(in, reading);
      }
    };
  }
}
