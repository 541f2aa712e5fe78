package dev.socialplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.json.internal.ObjectCodec;
import dev.socialplan.json.internal.Registry;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/** Round trips through the codec (as documents) and the Jackson module (as values). */
final class RoundTrips {

  static final SocialplanJson JSON = SocialplanJson.standard();
  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SocialplanModule()).build();

  private RoundTrips() {}

  /** Checks that every generated value comes back equal and rewrites to the same bytes. */
  static <T> void check(Gen<T> values, Class<T> type, int examples) {
    boolean document = Registry.codec(type).orElseThrow() instanceof ObjectCodec;
    qt().withExamples(examples)
        .forAll(values)
        .checkAssert(
            value -> {
              String mapped = MAPPER.writerFor(type).writeValueAsString(value);
              T fromMapper = MAPPER.readValue(mapped, type);
              assertThat(fromMapper).as(mapped).isEqualTo(value);
              assertThat(MAPPER.writerFor(type).writeValueAsString(fromMapper)).isEqualTo(mapped);
              if (document) {
                String text = JSON.write(value);
                T back = JSON.read(text, type);
                assertThat(back).as(text).isEqualTo(value);
                assertThat(JSON.write(back)).isEqualTo(text);
              }
            });
  }
}
