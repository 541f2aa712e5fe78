package dev.socialplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.socialplan.goal.Goal;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.tactic.Influencer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every kind of bad document is refused with its JSON Pointer, offending value and reason. */
class BadInputTest {

  private static final SocialplanJson JSON = SocialplanJson.standard();

  private static final String BRAND =
      "\"brand\":{\"name\":\"Acme\",\"industry\":\"food\",\"businessModel\":\"B2C\"}";

  private static final String GOAL =
      "{\"name\":\"Grow\",\"objective\":\"AUDIENCE_GROWTH\",\"start\":\"2026-03-01\"";

  private static SocialplanJsonException refused(String json) {
    return catchThrowableOfType(SocialplanJsonException.class, () -> JSON.readPlan(json));
  }

  private static String plan(String rest) {
    return "{\"socialplan\":\"1\"," + BRAND + rest + "}";
  }

  private static SocialplanJsonException refusedRecord(String fields) {
    return catchThrowableOfType(SocialplanJsonException.class,
        () -> JSON.readPerformanceRecords("{\"socialplan\":\"1\",\"records\":[{\"platform\":"
            + "\"facebook\",\"publishedAt\":\"2026-03-05T11:30:00Z\",\"format\":\"LINK\","
            + "\"purpose\":\"PROMOTE\",\"paid\":\"UNKNOWN\"," + fields + "}]}"));
  }

  @Test
  void recordFieldsOfRealExports() {
    SocialplanJsonException fine = refusedRecord("\"videoWatchTime\":\"PT1.0005S\"");
    assertThat(fine.pointer()).isEqualTo("/records/0/videoWatchTime");
    assertThat(fine.value().orElseThrow()).contains("PT1.0005S");
    assertThat(fine.reason()).isEqualTo("not a non-negative ISO-8601 duration in whole"
        + " milliseconds (PT1M2.345S): finer than a millisecond");
    SocialplanJsonException negative = refusedRecord("\"averageVideoWatchTime\":\"PT-3S\"");
    assertThat(negative.pointer()).isEqualTo("/records/0/averageVideoWatchTime");
    assertThat(negative.reason()).endsWith(": negative");
    SocialplanJsonException repeated = refusedRecord("\"hashtags\":[\"sale\",\"sale\"]");
    assertThat(repeated.pointer()).startsWith("/records/0/hashtags");
    SocialplanJsonException blank = refusedRecord("\"account\":\" \"");
    assertThat(blank.pointer()).isEqualTo("/records/0");
    assertThat(blank.reason()).contains("account must not be blank");
    SocialplanJsonException spaced = refusedRecord("\"hashtags\":[\"two words\"]");
    assertThat(spaced.reason()).contains("hashtag must not be blank or contain white space");
    SocialplanJsonException tags = refusedRecord("\"hashtags\":\"sale\"");
    assertThat(tags.pointer()).isEqualTo("/records/0/hashtags");
    assertThat(tags.reason()).startsWith("expected an array");
  }

  @Test
  void malformedJson() {
    SocialplanJsonException e = refused("{\"socialplan\":\"1\",\"brand\":{\"name\":}");
    assertThat(e.pointer()).isEqualTo("/brand/name");
    assertThat(e.reason()).startsWith("not readable JSON: Unexpected character ('}'");
  }

  @Test
  void wrongType() {
    SocialplanJsonException e = refused(plan(",\"goals\":{}"));
    assertThat(e.pointer()).isEqualTo("/goals");
    assertThat(e.reason()).isEqualTo("expected an array of an object (Goal), found an object");
    SocialplanJsonException name =
        refused("{\"socialplan\":\"1\",\"brand\":{\"name\":7,\"industry\":\"x\"}}");
    assertThat(name.pointer()).isEqualTo("/brand/name");
    assertThat(name.value()).contains("7");
    assertThat(name.reason()).isEqualTo("expected a string, found an integer");
  }

  @Test
  void nullIsRefused() {
    SocialplanJsonException e = refused(plan(",\"timeZone\":null"));
    assertThat(e.pointer()).isEqualTo("/timeZone");
    assertThat(e.reason()).startsWith("null is not a value");
  }

  @Test
  void missingRequiredField() {
    SocialplanJsonException e =
        refused("{\"socialplan\":\"1\",\"brand\":{\"name\":\"Acme\",\"businessModel\":\"B2C\"}}");
    assertThat(e.pointer()).isEqualTo("/brand/industry");
    assertThat(e.value()).isEmpty();
    assertThat(e.reason()).isEqualTo("missing required field \"industry\" of Brand");
    assertThat(refused("{\"socialplan\":\"1\"}").pointer()).isEqualTo("/brand");
  }

  @Test
  void unknownFieldStrictByDefaultAndSkippedWhenLenient() {
    String json = plan(",\"goals\":[" + GOAL + ",\"colour\":{\"deep\":[1,2]}}]");
    SocialplanJsonException e = refused(json);
    assertThat(e.pointer()).isEqualTo("/goals/0/colour");
    assertThat(e.reason()).startsWith("unknown field \"colour\" in Goal; known fields: name, ");
    StrategyPlan plan = JSON.lenient().readPlan(json);
    assertThat(plan.goals()).extracting(Goal::name).containsExactly("Grow");
  }

  @Test
  void duplicateKey() {
    SocialplanJsonException e =
        refused(
            "{\"socialplan\":\"1\",\"brand\":{\"name\":\"A\",\"name\":\"B\",\"industry\":\"x\","
                + "\"businessModel\":\"B2C\"}}");
    assertThat(e.pointer()).isEqualTo("/brand/name");
    assertThat(e.reason()).contains("Duplicate Object property \"name\"");
  }

  @Test
  void valueTheFactoryRefuses() {
    SocialplanJsonException deadline =
        refused(plan(",\"goals\":[" + GOAL + ",\"deadline\":\"2026-02-01\"}]"));
    assertThat(deadline.pointer()).isEqualTo("/goals/0");
    assertThat(deadline.reason()).startsWith("Goal refused: ").contains("deadline");
    SocialplanJsonException blank =
        refused("{\"socialplan\":\"1\",\"brand\":{\"name\":\" \",\"industry\":\"x\","
            + "\"businessModel\":\"B2C\"}}");
    assertThat(blank.pointer()).isEqualTo("/brand");
    assertThat(blank.reason()).startsWith("Brand refused: ").contains("name");
    SocialplanJsonException negative =
        catchThrowableOfType(
            SocialplanJsonException.class,
            () ->
                JSON.read(
                    "{\"socialplan\":\"1\",\"handle\":\"@a\",\"platform\":\"instagram\","
                        + "\"followers\":-5,\"fee\":{\"amount\":\"1\",\"currency\":\"USD\"}}",
                    Influencer.class));
    assertThat(negative.pointer()).isEmpty();
    assertThat(negative.reason()).startsWith("Influencer refused: ").contains("followers");
  }

  @Test
  void unknownEnumConstant() {
    SocialplanJsonException e =
        refused(plan(",\"goals\":[" + GOAL.replace("AUDIENCE_GROWTH", "FAME") + "}]"));
    assertThat(e.pointer()).isEqualTo("/goals/0/objective");
    assertThat(e.value()).contains("\"FAME\"");
    assertThat(e.reason()).startsWith("unknown Objective constant; expected one of AWARENESS, ");
  }

  @Test
  void newerOrMissingFormatVersion() {
    SocialplanJsonException newer = refused("{\"socialplan\":\"2\"," + BRAND + "}");
    assertThat(newer.pointer()).isEqualTo("/socialplan");
    assertThat(newer.reason())
        .isEqualTo("format version 2 is newer than this reader supports (1); upgrade socialplan-json");
    SocialplanJsonException missing = refused("{" + BRAND + "}");
    assertThat(missing.pointer()).isEmpty();
    assertThat(missing.reason()).startsWith("missing the format version");
  }

  @Test
  void countsThatDoNotFit() {
    String influencer =
        "{\"socialplan\":\"1\",\"handle\":\"@a\",\"platform\":\"instagram\",\"followers\":%s,"
            + "\"fee\":{\"amount\":\"1\",\"currency\":\"USD\"}}";
    for (String huge : new String[] {"1e30", "9223372036854775808", "1.5"}) {
      SocialplanJsonException e =
          catchThrowableOfType(
              SocialplanJsonException.class,
              () -> JSON.read(String.format(influencer, huge), Influencer.class));
      assertThat(e.pointer()).as(huge).isEqualTo("/followers");
      assertThat(e.value()).as(huge).contains(huge);
      assertThat(e.reason())
          .as(huge)
          .isIn(
              "does not fit: must be between -9223372036854775808 and 9223372036854775807",
              "not a whole number");
    }
    assertThat(JSON.read(String.format(influencer, "1e3"), Influencer.class).followers())
        .isEqualTo(1000);
  }

  @Test
  void moneyWithMoreDecimalsThanItsCurrency() {
    SocialplanJsonException e =
        catchThrowableOfType(
            SocialplanJsonException.class,
            () ->
                JSON.read(
                    "{\"socialplan\":\"1\",\"handle\":\"@a\",\"platform\":\"instagram\","
                        + "\"followers\":5,\"fee\":{\"amount\":\"1.234\",\"currency\":\"USD\"}}",
                    Influencer.class));
    assertThat(e.pointer()).isEqualTo("/fee");
    assertThat(e.reason()).startsWith("Money refused: ").contains("scale");
    SocialplanJsonException yen =
        catchThrowableOfType(
            SocialplanJsonException.class,
            () ->
                JSON.read(
                    "{\"socialplan\":\"1\",\"handle\":\"@a\",\"platform\":\"instagram\","
                        + "\"followers\":5,\"fee\":{\"amount\":\"100.5\",\"currency\":\"JPY\"}}",
                    Influencer.class));
    assertThat(yen.pointer()).isEqualTo("/fee");
  }

  @Test
  void aHugeStringFailsFastWithoutReadingItAll() {
    long size = 100L * 1024 * 1024;
    InputStream in = new RepeatingStream("{\"socialplan\":\"1\",\"brand\":{\"name\":\"", size);
    SocialplanJsonException e =
        catchThrowableOfType(SocialplanJsonException.class, () -> JSON.read(in, StrategyPlan.class));
    assertThat(e.pointer()).isEqualTo("/brand/name");
    assertThat(e.reason()).contains("String value length").contains("1000000");
    assertThat(((RepeatingStream) in).served()).isLessThan(size / 10);
  }

  @Test
  void deepNestingFailsFast() {
    String deep = "{\"socialplan\":\"1\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    SocialplanJsonException e =
        catchThrowableOfType(SocialplanJsonException.class, () -> JSON.lenient().readPlan(deep));
    assertThat(e.reason()).contains("Document nesting depth").contains("64");
    assertThat(e.pointer()).startsWith("/x/0/0/0");
  }

  @Test
  void emptyTrailingAndNonObjectDocuments() {
    assertThat(refused("").reason()).isEqualTo("empty document");
    assertThat(refused("[]").reason())
        .isEqualTo("expected a socialplan document (an object), found an array");
    SocialplanJsonException trailing = refused(plan("") + "{}");
    assertThat(trailing.reason()).isEqualTo("content after the end of the document");
  }

  @Test
  void readersAndStreamsAreReadToo() {
    String json = "{\"socialplan\":\"1\",\"name\":\"Acme\",\"industry\":\"x\",\"businessModel\":\"B2B\"}";
    Reader reader = new java.io.StringReader(json);
    assertThat(JSON.read(reader, Brand.class).name()).isEqualTo("Acme");
    InputStream stream = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    assertThat(JSON.read(stream, Brand.class).name()).isEqualTo("Acme");
  }

  @Test
  void unsupportedTypesAreAProgrammingError() {
    assertThatThrownBy(() -> JSON.write("text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no JSON form for java.lang.String");
    assertThatThrownBy(() -> JSON.read("{}", dev.socialplan.platform.Platform.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not as a document");
  }

  /** A stream that serves a prefix and then 'a' up to a size, counting what it served. */
  private static final class RepeatingStream extends InputStream {
    private final byte[] prefix;
    private final long size;
    private long served;

    RepeatingStream(String prefix, long size) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.size = size;
    }

    long served() {
      return served;
    }

    @Override
    public int read() {
      if (served >= size) {
        return -1;
      }
      int b = served < prefix.length ? prefix[(int) served] : 'a';
      served++;
      return b;
    }
  }
}
