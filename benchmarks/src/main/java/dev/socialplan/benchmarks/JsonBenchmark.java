package dev.socialplan.benchmarks;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.json.SocialplanJson;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.ValidationReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON documents: reading (and validating) the realistic plan of {@link
 * PlanValidationBenchmark}, writing and reading a 5,000-post calendar. The floor, in the same
 * run: Jackson 3 binding the same documents into plain Java records with no checks ({@link
 * PlainRecords}). Targets: socialplan's read at most 2× the floor, its write at most 1.5×.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 3)
public class JsonBenchmark {

  static final int CALENDAR_POSTS = 5_000;

  private static final SocialplanJson JSON = SocialplanJson.standard();
  /**
   * The floor's mapper: refuses unknown properties, so the records are known to bind every
   * property of the documents, and leaves out nulls, so it writes what socialplan writes.
   */
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private RuleSet<StrategyPlan> rules;
  private String planJson;
  private ContentCalendar calendar;
  private String calendarJson;
  private PlainRecords.CalendarR plainCalendar;
  private PlainRecords.PlanR plainPlan;
  private StrategyPlan plan;

  @Setup
  public void setUp() {
    rules = PlanRules.standard();
    plan = PlanValidationBenchmark.realisticPlan();
    planJson = JSON.write(plan);
    calendar = calendar();
    calendarJson = JSON.write(calendar);
    plainCalendar = MAPPER.readValue(calendarJson, PlainRecords.CalendarR.class);
    plainPlan = MAPPER.readValue(planJson, PlainRecords.PlanR.class);
  }

  /** Five thousand posts over a year on ten platforms, texts in English, Chinese and emoji. */
  static ContentCalendar calendar() {
    List<ScheduledPost> posts = new ArrayList<>(CALENDAR_POSTS);
    Instant start = Instant.parse("2027-01-01T01:00:00Z");
    List<dev.socialplan.platform.Platform> platforms =
        dev.socialplan.platform.Platform.wellKnown().subList(0, 10);
    PostPurpose[] purposes = PostPurpose.values();
    for (int i = 0; i < CALENDAR_POSTS; i++) {
      posts.add(
          ScheduledPost.builder()
              .id("post-" + i)
              .platform(platforms.get(i % platforms.size()))
              .time(start.plus(Duration.ofMinutes(105L * i)))
              .content(
                  PostContent.builder()
                      .format(PostFormat.IMAGE)
                      .purpose(purposes[i % purposes.length])
                      .pillar(i % 3 == 0 ? "recipes" : "behind the scenes")
                      .campaign("spring-" + (i % 7))
                      .text("Dinner in 15 minutes #" + i + " 十五分鐘上桌的晚餐 🍲 — link in bio")
                      .addHashtags("dinner", "晚餐", "mealkit")
                      .addMentions("littlelunchbox")
                      .addMedia(MediaKind.IMAGE)
                      .build())
              .build());
    }
    return ContentCalendar.of(PlanValidationBenchmark.TAIPEI, posts);
  }

  @Benchmark
  public StrategyPlan readPlan() {
    return JSON.readPlan(planJson);
  }

  @Benchmark
  public ValidationReport readAndValidatePlan() {
    return rules.validate(JSON.readPlan(planJson), PlanValidationBenchmark.CLOCK);
  }

  @Benchmark
  public PlainRecords.PlanR floorReadPlan() {
    return MAPPER.readValue(planJson, PlainRecords.PlanR.class);
  }

  @Benchmark
  public String writePlan() {
    return JSON.write(plan);
  }

  @Benchmark
  public String floorWritePlan() {
    return MAPPER.writeValueAsString(plainPlan);
  }

  @Benchmark
  public ContentCalendar readCalendar() {
    return JSON.read(calendarJson, ContentCalendar.class);
  }

  @Benchmark
  public PlainRecords.CalendarR floorReadCalendar() {
    return MAPPER.readValue(calendarJson, PlainRecords.CalendarR.class);
  }

  @Benchmark
  public String writeCalendar() {
    return JSON.write(calendar);
  }

  @Benchmark
  public String floorWriteCalendar() {
    return MAPPER.writeValueAsString(plainCalendar);
  }
}
