package dev.socialplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The shipped JSON Schemas, loaded the way a user of networknt's json-schema-validator 1.5 would:
 * each schema by its {@code $id}, the ids mapped to the jar's resources by prefix, so the
 * documents' relative {@code $ref}s to {@code defs.schema.json} resolve without a network
 * (networknt/json-schema-validator, doc/1.x/schema-retrieval.md, "Configuring Prefix Mappings").
 * Format assertions are switched on, although the schemas use patterns rather than formats, so
 * that a schema that started relying on a format would be checked here too.
 */
final class Schemas {

  /** The base of every schema's {@code $id}. */
  static final String BASE = "https://socialplan.dev/schemas/json/1/";

  /** Where the schemas are in the jar. */
  static final String RESOURCES = "dev/socialplan/json/schemas/1/";

  /** Every document schema the jar ships, by its file name without {@code .schema.json}. */
  static final List<String> DOCUMENTS =
      List.of(
          "plan",
          "calendar",
          "scheduling-request",
          "scheduling-result",
          "performance-records",
          "validation-report",
          "progress-report",
          "goal-progress",
          "best-time-result",
          "platform-ranking",
          "performance-summary",
          "performance-breakdown",
          "two-variant-analysis",
          "multi-variant-analysis",
          "bayesian-comparison",
          "verdict");

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder -> builder.schemaMappers(m -> m.mapPrefix(BASE, "classpath:" + RESOURCES)));

  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build();

  private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The schema of a document, by file name ("plan"). */
  static JsonSchema schema(String name) {
    return LOADED.computeIfAbsent(
        name, n -> FACTORY.getSchema(SchemaLocation.of(BASE + n + ".schema.json"), CONFIG));
  }

  /** The draft 2020-12 meta-schema (shipped inside the validator's jar). */
  static JsonSchema metaSchema() {
    return LOADED.computeIfAbsent(
        "$meta",
        n ->
            FACTORY.getSchema(
                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG));
  }

  /**
   * The schema's complaints about a document, each as {@code "<JSON Pointer> | <message>"}, empty
   * when it conforms.
   */
  static Set<String> errors(String name, String json) {
    return schema(name).validate(json, InputFormat.JSON).stream()
        .map(m -> m.getInstanceLocation() + " | " + m.getMessage())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Asserts that a document conforms to its schema, naming every complaint otherwise. */
  static void assertValid(String name, String json) {
    assertThat(errors(name, json)).as("%s schema on %s", name, abbreviate(json)).isEmpty();
  }

  private static String abbreviate(String json) {
    return json.length() <= 2_000 ? json : json.substring(0, 2_000) + "...";
  }
}
