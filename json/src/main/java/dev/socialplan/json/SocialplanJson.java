package dev.socialplan.json;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.json.internal.AnalyticsCodecs;
import dev.socialplan.json.internal.Codec;
import dev.socialplan.json.internal.DocumentText;
import dev.socialplan.json.internal.ObjectCodec;
import dev.socialplan.json.internal.Reading;
import dev.socialplan.json.internal.Registry;
import dev.socialplan.json.internal.Writing;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.validation.ValidationReport;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes socialplan documents: the strategy plan, content calendars, scheduling
 * requests and results, performance records, validation reports and every value inside them, in
 * the format described in {@code docs/json.md}.
 *
 * <p>This codec needs no Jackson configuration from its user (it runs Jackson 3's streaming
 * parser internally, and coexists with Jackson 2 on the same classpath). Users who configure
 * their own Jackson 3 {@code JsonMapper} register {@link SocialplanModule} instead.
 *
 * <pre>{@code
 * SocialplanJson json = SocialplanJson.standard();
 * String text = json.write(plan);                 // {"socialplan":"1","brand":{...},...}
 * StrategyPlan back = json.readPlan(text);        // equal to plan
 * }</pre>
 *
 * <p>Every document is a JSON object whose first property is the format version {@code
 * "socialplan": "1"}. Reading is strict by default: an unknown field, a duplicate key, a missing
 * required field, a value of the wrong type, a value the domain refuses, an unknown enum
 * constant, a newer format version, a number that does not fit or a document beyond the limits
 * below is refused with a {@link SocialplanJsonException} that carries the JSON Pointer, the
 * offending value and the reason. No partly built value is ever returned. {@link #lenient()}
 * skips unknown fields (for documents written by a newer minor release).
 *
 * <p>Limits, set explicitly so that hostile input fails fast instead of exhausting memory: a
 * document of at most {@value #MAX_DOCUMENT_LENGTH} characters or bytes, strings of at most
 * {@value #MAX_STRING_LENGTH} characters, nesting at most {@value #MAX_NESTING_DEPTH} levels deep,
 * numbers of at most {@value #MAX_NUMBER_LENGTH} digits.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class SocialplanJson {

  /** The longest document read, in characters (or bytes from a stream): 256 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /** The longest string value read, in characters: 1,000,000. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The deepest nesting of objects and arrays read: 64 (a plan nests about 10 deep). */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest number read, in characters: 100. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The format version this library writes, and the newest it reads. */
  public static final String FORMAT_VERSION = ObjectCodec.VERSION;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxNameLength(1_000)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private static final SocialplanJson STANDARD =
      new SocialplanJson(Reading.STRICT, Locale.ENGLISH, false);

  private final Reading reading;
  private final Locale locale;
  private final boolean pretty;

  private SocialplanJson(Reading reading, Locale locale, boolean pretty) {
    this.reading = reading;
    this.locale = locale;
    this.pretty = pretty;
  }

  /**
   * Returns the standard codec: strict reading, compact output, findings' messages and hints in
   * English.
   *
   * @return the standard codec
   */
  public static SocialplanJson standard() {
    return STANDARD;
  }

  /**
   * Returns a copy that skips fields it does not know instead of refusing them. Everything else
   * is still checked.
   *
   * @return a lenient codec
   */
  public SocialplanJson lenient() {
    return new SocialplanJson(Reading.LENIENT, locale, pretty);
  }

  /**
   * Returns whether unknown fields are skipped.
   *
   * @return true for a lenient codec
   */
  public boolean isLenient() {
    return !reading.strict();
  }

  /**
   * Returns a copy that renders findings' messages and hints in a locale (English and
   * Traditional Chinese ship; others fall back to English).
   *
   * @param locale the locale
   * @return a codec writing in that locale
   * @throws NullPointerException if the locale is null
   */
  public SocialplanJson withLocale(Locale locale) {
    return new SocialplanJson(reading, Objects.requireNonNull(locale, "locale"), pretty);
  }

  /**
   * Returns the locale of findings' messages and hints.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns a copy that indents its output (two spaces, one property per line). Reading is
   * unaffected; the canonical form is compact.
   *
   * @param pretty whether to indent
   * @return a codec writing so
   */
  public SocialplanJson withPrettyPrinting(boolean pretty) {
    return new SocialplanJson(reading, locale, pretty);
  }

  /**
   * Returns whether a type has a JSON form (as a document or inside one): its values can be
   * written and read back ({@link #canRead(Class)}).
   *
   * @param type the type
   * @return true if values of the type can be written
   */
  public boolean supports(Class<?> type) {
    return Registry.codec(type).isPresent();
  }

  /**
   * Returns whether values of a type can be read back. Every type with a JSON form reads back
   * equal, computed results included: goal progress, best-time results, reach estimates, platform
   * rankings, performance breakdowns and experiment verdicts read back through factories from
   * their state, which refuse a state the library could not have computed, and the figures
   * written beside that state must agree with the ones computed from it ({@code docs/json.md}).
   *
   * @param type the type
   * @return true if the type has a JSON form that reads back
   */
  public boolean canRead(Class<?> type) {
    return Registry.codec(type).isPresent();
  }

  // ---- writing --------------------------------------------------------------------------------

  /**
   * Writes a value as a document.
   *
   * @param value a supported value whose JSON form is an object
   * @return the document
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value's type has no document form
   */
  public String write(Object value) {
    DocumentText out = new DocumentText();
    write(value, out);
    return out.toString();
  }

  /**
   * Writes a value as a document to a writer, which is flushed and left open.
   *
   * @param value a supported value whose JSON form is an object
   * @param out the writer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value's type has no document form
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(Object value, Writer out) {
    ObjectCodec<Object> codec = documentCodec(value);
    Objects.requireNonNull(out, "out");
    write(FACTORY.createGenerator(writing(), out), g -> codec.writeDocument(value, g));
  }

  /**
   * Writes a value as a UTF-8 document to a stream, which is flushed and left open.
   *
   * @param value a supported value whose JSON form is an object
   * @param out the stream
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value's type has no document form
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(Object value, OutputStream out) {
    ObjectCodec<Object> codec = documentCodec(value);
    Objects.requireNonNull(out, "out");
    write(
        FACTORY.createGenerator(writing(), out, JsonEncoding.UTF8),
        g -> codec.writeDocument(value, g));
  }

  private Writing writing() {
    return new Writing(locale, pretty);
  }

  private static void write(JsonGenerator generator, java.util.function.Consumer<JsonGenerator> body) {
    try (JsonGenerator g = generator) {
      body.accept(g);
      g.flush();
    } catch (JacksonException e) {
      if (e.getCause() instanceof java.io.IOException) {
        throw new java.io.UncheckedIOException((java.io.IOException) e.getCause());
      }
      throw e;
    }
  }

  @SuppressWarnings("unchecked")
  private static ObjectCodec<Object> documentCodec(Object value) {
    Objects.requireNonNull(value, "value");
    Codec<?> codec =
        Registry.codec(value.getClass())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no JSON form for " + value.getClass().getName()
                            + "; see docs/json.md for the supported types"));
    if (!(codec instanceof ObjectCodec)) {
      throw new IllegalArgumentException(
          value.getClass().getName() + " is written inside documents, not as a document");
    }
    return (ObjectCodec<Object>) codec;
  }

  // ---- reading --------------------------------------------------------------------------------

  /**
   * Reads a document.
   *
   * @param json the document
   * @param type the type of the document's value
   * @param <T> the type
   * @return the value, never partly built
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the type has no document form
   * @throws SocialplanJsonException if the document is refused
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    ObjectCodec<T> codec = documentCodec(type);
    return read(FACTORY.createParser(ObjectReadContext.empty(), json), codec);
  }

  /**
   * Reads a document from a reader, which is left open.
   *
   * @param in the reader
   * @param type the type of the document's value
   * @param <T> the type
   * @return the value
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the type has no document form
   * @throws SocialplanJsonException if the document is refused
   * @throws java.io.UncheckedIOException if reading fails
   */
  public <T> T read(Reader in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    ObjectCodec<T> codec = documentCodec(type);
    return read(FACTORY.createParser(ObjectReadContext.empty(), in), codec);
  }

  /**
   * Reads a document from a stream (UTF-8, UTF-16 or UTF-32, detected), which is left open.
   *
   * @param in the stream
   * @param type the type of the document's value
   * @param <T> the type
   * @return the value
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the type has no document form
   * @throws SocialplanJsonException if the document is refused
   * @throws java.io.UncheckedIOException if reading fails
   */
  public <T> T read(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    ObjectCodec<T> codec = documentCodec(type);
    return read(FACTORY.createParser(ObjectReadContext.empty(), in), codec);
  }

  /**
   * Reads a strategy plan document.
   *
   * @param json the document
   * @return the plan
   * @throws SocialplanJsonException if the document is refused
   */
  public StrategyPlan readPlan(String json) {
    return read(json, StrategyPlan.class);
  }

  /**
   * Reads a content calendar document.
   *
   * @param json the document
   * @return the calendar
   * @throws SocialplanJsonException if the document is refused
   */
  public ContentCalendar readCalendar(String json) {
    return read(json, ContentCalendar.class);
  }

  /**
   * Reads a scheduling request document.
   *
   * @param json the document
   * @return the request
   * @throws SocialplanJsonException if the document is refused
   */
  public SchedulingRequest readSchedulingRequest(String json) {
    return read(json, SchedulingRequest.class);
  }

  /**
   * Reads a scheduling result document.
   *
   * @param json the document
   * @return the result
   * @throws SocialplanJsonException if the document is refused
   */
  public SchedulingResult readSchedulingResult(String json) {
    return read(json, SchedulingResult.class);
  }

  /**
   * Reads a validation report document. A finding whose code belongs to the standard plan or
   * calendar rules gets that code back (its messages in every locale); any other code becomes a
   * literal code whose message and hint are the document's text.
   *
   * @param json the document
   * @return the report
   * @throws SocialplanJsonException if the document is refused
   */
  public ValidationReport readValidationReport(String json) {
    return read(json, ValidationReport.class);
  }

  /**
   * Writes performance records as a document: {@code {"socialplan": "1", "records": [...]}}.
   *
   * @param records the records, in order
   * @return the document
   * @throws NullPointerException if the list or an element is null
   */
  public String writePerformanceRecords(List<PerformanceRecord> records) {
    List<PerformanceRecord> copy = List.copyOf(records);
    DocumentText out = new DocumentText();
    write(
        FACTORY.createGenerator(writing(), out),
        g -> AnalyticsCodecs.PERFORMANCE_RECORDS.writeDocument(copy, g));
    return out.toString();
  }

  /**
   * Reads a performance-records document.
   *
   * @param json the document
   * @return the records, in order, unmodifiable
   * @throws NullPointerException if the document is null
   * @throws SocialplanJsonException if the document is refused
   */
  public List<PerformanceRecord> readPerformanceRecords(String json) {
    Objects.requireNonNull(json, "json");
    return read(
        FACTORY.createParser(ObjectReadContext.empty(), json),
        p -> AnalyticsCodecs.PERFORMANCE_RECORDS.readDocument(p, reading));
  }

  @SuppressWarnings("unchecked")
  private static <T> ObjectCodec<T> documentCodec(Class<T> type) {
    Objects.requireNonNull(type, "type");
    Codec<T> codec =
        Registry.codec(type)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no JSON form for " + type.getName()
                            + "; see docs/json.md for the supported types"));
    if (!(codec instanceof ObjectCodec)) {
      throw new IllegalArgumentException(
          type.getName() + " is read inside documents, not as a document");
    }
    return (ObjectCodec<T>) codec;
  }

  private <T> T read(JsonParser parser, ObjectCodec<T> codec) {
    return read(parser, p -> codec.readDocument(p, reading));
  }

  /**
   * Runs a read over a parser, turning the parser's own refusals (malformed JSON, duplicate
   * keys, limits) into {@link SocialplanJsonException}s with the pointer where it stopped.
   */
  static <T> T read(JsonParser parser, Function<JsonParser, T> body) {
    try (JsonParser p = parser) {
      if (p.nextToken() == null) {
        throw new SocialplanJsonException("", null, "empty document", null);
      }
      T value = body.apply(p);
      if (p.nextToken() != null) {
        throw Reading.refuse(p, "content after the end of the document");
      }
      return value;
    } catch (JacksonException e) {
      if (e.getCause() instanceof java.io.IOException) {
        throw new java.io.UncheckedIOException((java.io.IOException) e.getCause());
      }
      throw new SocialplanJsonException(
          pointerOf(parser), null, "not readable JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String pointerOf(JsonParser parser) {
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }
}
