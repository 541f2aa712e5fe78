package dev.socialplan.json;

import static dev.socialplan.json.Schemas.assertValid;
import static dev.socialplan.json.Schemas.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.json.internal.AnalyticsCodecs;
import dev.socialplan.json.internal.Codec;
import dev.socialplan.json.internal.ObjectCodec;
import dev.socialplan.json.internal.Registry;
import dev.socialplan.json.internal.UnionCodec;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import dev.socialplan.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped JSON Schemas: valid 2020-12 schemas with stable {@code $id}s, in step with the
 * codec's property tables, accepting the golden documents and what the codec writes for the
 * samples, and refusing wrong types, missing required properties, unknown enum constants and
 * unknown properties (the same documents the strict reader refuses).
 */
class DocumentSchemasTest {

  private static final SocialplanJson JSON = SocialplanJson.standard();
  private static final JsonMapper TREE = JsonMapper.builder().build();

  static String resource(String path) {
    try (InputStream in = DocumentSchemasTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode schemaFile(String name) {
    return TREE.readTree(resource(Schemas.RESOURCES + name + ".schema.json"));
  }

  @Test
  void everySchemaIsADraft2020_12SchemaWithAStableId() {
    List<String> files = new ArrayList<>(Schemas.DOCUMENTS);
    files.add("defs");
    for (String file : files) {
      String text = resource(Schemas.RESOURCES + file + ".schema.json");
      assertThat(Schemas.metaSchema().validate(text, InputFormat.JSON)).as(file).isEmpty();
      JsonNode schema = TREE.readTree(text);
      assertThat(schema.get("$schema").asString())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.get("$id").asString()).isEqualTo(Schemas.BASE + file + ".schema.json");
    }
  }

  @Test
  void theGoldenDocumentsConform() {
    assertValid("plan", resource("dev/socialplan/json/golden/minimal-plan.json"));
    assertValid("plan", resource("dev/socialplan/json/golden/article-plan.json"));
    assertValid("calendar", resource("dev/socialplan/json/golden/article-calendar.json"));
    assertValid("scheduling-request", resource("dev/socialplan/json/golden/evergreen-request.json"));
    assertValid("scheduling-result", resource("dev/socialplan/json/golden/evergreen-result.json"));
    assertValid("scheduling-request", resource("dev/socialplan/json/golden/bound-slot-request.json"));
    assertValid("scheduling-result", resource("dev/socialplan/json/golden/bound-slot-result.json"));
    assertValid("validation-report", resource("dev/socialplan/json/golden/article-report.json"));
  }

  @Test
  void everySamplesDocumentsConform() {
    for (SamplePlan sample : SamplePlans.all()) {
      assertValid("plan", JSON.write(sample.plan()));
      assertValid("calendar", JSON.write(sample.calendar()));
      assertValid("scheduling-request", JSON.write(sample.schedulingRequest()));
      assertValid("scheduling-result", JSON.write(Scheduler.schedule(sample.schedulingRequest())));
      assertValid("performance-records", JSON.writePerformanceRecords(sample.performance()));
      ValidationReport report = ReportDocumentTest.report(sample);
      assertValid("validation-report", JSON.write(report));
      assertValid("validation-report", JSON.withLocale(Locale.TAIWAN).write(report));
    }
  }

  // ---- negative cases: each schema refuses, and so does the strict reader -----------------------

  private static ObjectNode sample(Function<SamplePlan, String> document) {
    return (ObjectNode) TREE.readTree(document.apply(SamplePlans.article()));
  }

  private static void refused(
      String schema,
      Function<SamplePlan, String> document,
      Class<?> type,
      String pointer,
      Consumer<ObjectNode> change) {
    ObjectNode doc = sample(document);
    assertThat(errors(schema, doc.toString())).as("the unchanged %s document", schema).isEmpty();
    change.accept(doc);
    String text = doc.toString();
    Set<String> complaints = errors(schema, text);
    assertThat(complaints)
        .as("%s schema, change at %s", schema, pointer)
        .isNotEmpty()
        .anySatisfy(c -> assertThat(c).startsWith(pointer + " | "));
    if (type == PerformanceRecord.class) {
      assertThatThrownBy(() -> JSON.readPerformanceRecords(text))
          .isInstanceOf(SocialplanJsonException.class);
    } else {
      assertThatThrownBy(() -> JSON.read(text, type)).isInstanceOf(SocialplanJsonException.class);
    }
  }

  private static ObjectNode at(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  private static final Function<SamplePlan, String> PLAN = s -> JSON.write(s.plan());
  private static final Function<SamplePlan, String> CALENDAR = s -> JSON.write(s.calendar());
  private static final Function<SamplePlan, String> REQUEST =
      s -> JSON.write(s.schedulingRequest());
  private static final Function<SamplePlan, String> RESULT =
      s -> JSON.write(Scheduler.schedule(s.schedulingRequest()));
  private static final Function<SamplePlan, String> RECORDS =
      s -> JSON.writePerformanceRecords(s.performance());
  private static final Function<SamplePlan, String> REPORT =
      s -> JSON.write(ReportDocumentTest.report(s));

  @Test
  void thePlanSchemaRefusesWhatTheReaderRefuses() {
    Class<?> t = StrategyPlan.class;
    refused("plan", PLAN, t, "/brand/name", d -> at(d, "/brand").put("name", 42));
    refused("plan", PLAN, t, "", d -> d.remove("brand"));
    refused("plan", PLAN, t, "/brand/businessModel", d -> at(d, "/brand").put("businessModel", "B2X"));
    refused("plan", PLAN, t, "/brand", d -> at(d, "/brand").put("slogan", "Lunch, sorted"));
    refused("plan", PLAN, t, "/goals/0/start", d -> at(d, "/goals/0").put("start", "1 March 2026"));
    refused("plan", PLAN, t, "/goals/0/objective", d -> at(d, "/goals/0").put("objective", "FAME"));
    refused("plan", PLAN, t, "", d -> d.remove("socialplan"));
    refused("plan", PLAN, t, "/socialplan", d -> d.put("socialplan", "2"));
    refused(
        "plan",
        PLAN,
        t,
        "/content/tactics/0/kind",
        d -> at(d, "/content/tactics/0").put("kind", "FLASH_MOB"));
  }

  @Test
  void theCalendarSchemaRefusesWhatTheReaderRefuses() {
    Class<?> t = ContentCalendar.class;
    refused("calendar", CALENDAR, t, "", d -> d.remove("zone"));
    refused("calendar", CALENDAR, t, "/posts/0/status", d -> at(d, "/posts/0").put("status", "LOST"));
    refused("calendar", CALENDAR, t, "/posts/0/time", d -> at(d, "/posts/0").put("time", 5));
    refused("calendar", CALENDAR, t, "/posts/0", d -> at(d, "/posts/0").put("likes", 5));
    refused(
        "calendar",
        CALENDAR,
        t,
        "/posts/0/content/format",
        d -> at(d, "/posts/0/content").put("format", "HOLOGRAM"));
  }

  @Test
  void theSchedulingSchemasRefuseWhatTheReaderRefuses() {
    Class<?> request = SchedulingRequest.class;
    refused("scheduling-request", REQUEST, request, "", d -> d.remove("period"));
    refused("scheduling-request", REQUEST, request, "/zone", d -> d.put("zone", 8));
    refused(
        "scheduling-request",
        REQUEST,
        request,
        "/schedules/0/pattern/type",
        d -> at(d, "/schedules/0/pattern").put("type", "MONTHLY"));
    Class<?> result = SchedulingResult.class;
    refused("scheduling-result", RESULT, result, "", d -> d.remove("calendar"));
    refused("scheduling-result", RESULT, result, "/calendar/posts", d -> at(d, "/calendar").put("posts", "none"));
    refused("scheduling-result", RESULT, result, "", d -> d.put("score", 1));
  }

  @Test
  void thePerformanceRecordsSchemaRefusesWhatTheReaderRefuses() {
    Class<?> t = PerformanceRecord.class;
    refused("performance-records", RECORDS, t, "/records/0/paid", d -> at(d, "/records/0").put("paid", "MAYBE"));
    refused("performance-records", RECORDS, t, "/records/0/reach", d -> at(d, "/records/0").put("reach", "12"));
    refused("performance-records", RECORDS, t, "/records/0/reach", d -> at(d, "/records/0").put("reach", 1.5));
    refused("performance-records", RECORDS, t, "/records/0", d -> at(d, "/records/0").remove("platform"));
    refused(
        "performance-records",
        RECORDS,
        t,
        "/records/0/spend/amount",
        d -> at(d, "/records/0").putObject("spend").put("amount", "12,50").put("currency", "USD"));
  }

  @Test
  void theValidationReportSchemaRefusesWhatTheReaderRefuses() {
    Class<?> t = ValidationReport.class;
    refused("validation-report", REPORT, t, "/findings/0/severity", d -> at(d, "/findings/0").put("severity", "FATAL"));
    refused("validation-report", REPORT, t, "/findings/0", d -> at(d, "/findings/0").remove("code"));
    refused("validation-report", REPORT, t, "/findings/0/step", d -> at(d, "/findings/0").put("step", 3));
    refused(
        "validation-report",
        REPORT,
        t,
        "/findings/0/arguments/0",
        d -> ((ArrayNode) d.at("/findings/0/arguments")).insertObject(0).put("fraction", "1/2"));
  }

  // ---- the schemas stay in step with the codec's property tables --------------------------------

  private static ObjectNode defs() {
    return (ObjectNode) schemaFile("defs").get("$defs");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node != null) {
      if (node.isArray()) {
        node.forEach(n -> names.add(n.asString()));
      } else {
        names.addAll(node.propertyNames());
      }
    }
    return names;
  }

  private static void inStep(
      ObjectNode defs, String def, List<String> prefix, ObjectCodec<?> codec, Set<String> seen) {
    JsonNode schema = defs.get(def);
    assertThat(schema).as("a definition %s in defs.schema.json", def).isNotNull();
    List<String> properties = new ArrayList<>(prefix);
    properties.addAll(codec.propertyNames());
    List<String> required = new ArrayList<>(prefix);
    required.addAll(codec.requiredNames());
    assertThat(names(schema.get("properties")))
        .as("properties of $defs/%s: the codec writes these; update the schema with the codec", def)
        .isEqualTo(properties);
    assertThat(names(schema.get("required")))
        .as("required properties of $defs/%s", def)
        .isEqualTo(required);
    assertThat(schema.get("additionalProperties").asBoolean()).as(def).isFalse();
    seen.add(def);
  }

  @Test
  void everyObjectDefinitionMatchesItsCodecsPropertyTable() {
    ObjectNode defs = defs();
    Set<String> seen = new LinkedHashSet<>();
    // Union members first: a member written inside its union (a weekly pattern of a schedule)
    // carries the discriminator, and that is the form its definition describes.
    for (Codec<?> codec : Registry.all().values()) {
      if (codec instanceof UnionCodec) {
        UnionCodec<?> union = (UnionCodec<?>) codec;
        union.memberCodecs().forEach(
            (name, member) -> {
              if (defs.has(member.typeName())) {
                inStep(defs, member.typeName(), List.of(union.discriminator()), member, seen);
                assertThat(defs.at("/" + member.typeName() + "/properties/"
                        + union.discriminator() + "/const").asString())
                    .isEqualTo(name);
              }
            });
      }
    }
    for (Codec<?> codec : Registry.all().values()) {
      if (codec instanceof ObjectCodec) {
        ObjectCodec<?> object = (ObjectCodec<?>) codec;
        JsonNode def = defs.get(object.typeName());
        if (def != null && def.has("properties") && !seen.contains(object.typeName())) {
          inStep(defs, object.typeName(), List.of(), object, seen);
        }
      }
    }
    inStep(defs, "PerformanceRecords", List.of(), AnalyticsCodecs.PERFORMANCE_RECORDS, seen);
    for (String document : List.of("StrategyPlan", "ContentCalendar", "SchedulingRequest",
        "SchedulingResult", "PerformanceRecords", "ValidationReport", "ProgressReport",
        "GoalProgress", "BestTimeResult", "PlatformRanking", "PerformanceSummary",
        "PerformanceBreakdown", "TwoVariantAnalysis", "MultiVariantAnalysis",
        "BayesianComparison", "Verdict")) {
      ObjectCodec<?> codec = document.equals("PerformanceRecords")
          ? AnalyticsCodecs.PERFORMANCE_RECORDS
          : (ObjectCodec<?>) Registry.all().values().stream()
              .filter(c -> c instanceof ObjectCodec && ((ObjectCodec<?>) c).typeName().equals(document))
              .findFirst()
              .orElseThrow();
      inStep(defs, document + "Document", List.of("socialplan"), codec, seen);
    }
    // Every closed object definition was checked against a codec, except the user-defined
    // platform and metric objects (the object halves of Platform and MetricKind), a target (one
    // property of five, written by hand), a request's channel weights, a summary's measure totals,
    // a breakdown's groups and a schedule's bound slots (entries of their lists), whose codecs are
    // not registered types; documents written from the generators and samples exercise them.
    List<String> unchecked = new ArrayList<>();
    defs.propertyNames().forEach(
        name -> {
          if (defs.get(name).has("properties") && defs.get(name).has("title") && !seen.contains(name)) {
            unchecked.add(name);
          }
        });
    assertThat(unchecked)
        .containsExactlyInAnyOrder("CustomPlatform",
            "CustomMetricKind",
            "Target",
            "ChannelWeights",
            "MeasureTotals",
            "BreakdownGroup",
            "BoundSlot");
  }

  @Test
  void theWellKnownIdsAreTheLibrarys() {
    ObjectNode defs = defs();
    assertThat(names(defs.at("/WellKnownMetricId/enum")))
        .isEqualTo(MetricKind.wellKnown().stream().map(MetricKind::id).toList());
    assertThat(names(defs.at("/PlatformId/examples")))
        .isEqualTo(Platform.wellKnown().stream().map(Platform::id).toList());
  }
}
