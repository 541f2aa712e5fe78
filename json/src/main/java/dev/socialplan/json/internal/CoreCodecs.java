package dev.socialplan.json.internal;

import static dev.socialplan.json.internal.Scalars.BOOLEAN;
import static dev.socialplan.json.internal.Scalars.DECIMAL;
import static dev.socialplan.json.internal.Scalars.DOUBLE;
import static dev.socialplan.json.internal.Scalars.DURATION;
import static dev.socialplan.json.internal.Scalars.INSTANT;
import static dev.socialplan.json.internal.Scalars.LOCALE;
import static dev.socialplan.json.internal.Scalars.LOCAL_DATE;
import static dev.socialplan.json.internal.Scalars.LOCAL_DATE_RANGE;
import static dev.socialplan.json.internal.Scalars.LONG;
import static dev.socialplan.json.internal.Scalars.MONEY;
import static dev.socialplan.json.internal.Scalars.STRING;
import static dev.socialplan.json.internal.Scalars.ZONED_DATE_TIME;
import static dev.socialplan.json.internal.Scalars.ZONE_ID;
import static dev.socialplan.json.internal.Scalars.enumKey;
import static dev.socialplan.json.internal.Scalars.enumOf;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.DataSource;
import dev.socialplan.audience.EmploymentStatus;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.GenerationMix;
import dev.socialplan.audience.HouseholdType;
import dev.socialplan.audience.IncomeBand;
import dev.socialplan.audience.Persona;
import dev.socialplan.audience.PurchasingPower;
import dev.socialplan.audience.Region;
import dev.socialplan.audience.WeightedPersona;
import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.budget.MultiCurrencyAmount;
import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Handle;
import dev.socialplan.competition.SocialPresence;
import dev.socialplan.competition.Swot;
import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.content.KeywordSet;
import dev.socialplan.content.MixSlice;
import dev.socialplan.content.PlatformAdaptation;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.GrowthReference;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.MetricUnit;
import dev.socialplan.metric.Ratio;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.AccountTier;
import dev.socialplan.platform.AgeBand;
import dev.socialplan.platform.AspectRatio;
import dev.socialplan.platform.AspectRatioRange;
import dev.socialplan.platform.AudienceReach;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.PostingFrequency;
import dev.socialplan.platform.Source;
import dev.socialplan.platform.SourceKind;
import dev.socialplan.platform.Strength;
import dev.socialplan.platform.TextCounting;
import dev.socialplan.platform.TextField;
import dev.socialplan.platform.TextLimit;
import dev.socialplan.tactic.ApprovalStatus;
import dev.socialplan.tactic.ArEffect;
import dev.socialplan.tactic.CommunityProgramme;
import dev.socialplan.tactic.CreatorPermission;
import dev.socialplan.tactic.Influencer;
import dev.socialplan.tactic.InfluencerCampaign;
import dev.socialplan.tactic.InfluencerTier;
import dev.socialplan.tactic.InteractivePost;
import dev.socialplan.tactic.LiveStream;
import dev.socialplan.tactic.PurposeDrivenCampaign;
import dev.socialplan.tactic.ShortVideoProgramme;
import dev.socialplan.tactic.SocialCommerce;
import dev.socialplan.tactic.Tactic;
import dev.socialplan.tactic.TacticKind;
import dev.socialplan.tactic.TierBand;
import dev.socialplan.tactic.TierScheme;
import dev.socialplan.tactic.UgcProgramme;
import dev.socialplan.tactic.UgcRepost;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The property tables of the core module's values: the strategy plan and all its parts. */
public final class CoreCodecs {

  private CoreCodecs() {}

  // ---- identifiers with a well-known set ------------------------------------------------------

  private static final ObjectCodec<Platform> CUSTOM_PLATFORM =
      ObjectCodec.define(
          "Platform",
          t -> {
            var id = t.req("id", STRING, Platform::id);
            var displayName = t.req("displayName", STRING, Platform::displayName);
            return v -> Platform.of(v.get(id), v.get(displayName));
          });

  /**
   * A platform: a well-known one by its id ({@code "instagram"}), a user-defined one as {@code
   * {"id": "mewe", "displayName": "MeWe"}} so its display name survives.
   */
  public static final Codec<Platform> PLATFORM =
      new Codec<Platform>() {
        @Override
        public void write(Platform value, JsonGenerator out) {
          if (value.isWellKnown()) {
            out.writeString(value.id());
          } else {
            CUSTOM_PLATFORM.write(value, out);
          }
        }

        @Override
        public Platform read(JsonParser in, Reading reading) {
          if (in.currentToken() == JsonToken.VALUE_STRING) {
            try {
              return Platform.of(in.getString());
            } catch (IllegalArgumentException e) {
              throw Reading.refuse(in, "not a platform id: " + e.getMessage(), e);
            }
          }
          if (in.currentToken() == JsonToken.START_OBJECT) {
            return CUSTOM_PLATFORM.read(in, reading);
          }
          throw Reading.wrongType(in, expected());
        }

        @Override
        public String expected() {
          return "a platform id or an object with id and displayName";
        }
      };

  /** A platform as a map key: its id (a user-defined platform's display name is its id). */
  public static final KeyCodec<Platform> PLATFORM_KEY =
      KeyCodec.of(Platform::id, Platform::of, "a platform id");

  private static final ObjectCodec<MetricKind> CUSTOM_METRIC =
      ObjectCodec.define(
          "MetricKind",
          t -> {
            var id = t.req("id", STRING, MetricKind::id);
            var displayName = t.req("displayName", STRING, MetricKind::displayName);
            var unit = t.req("unit", enumOf(MetricUnit.class), MetricKind::unit);
            var higher = t.req("higherIsBetter", BOOLEAN, MetricKind::higherIsBetter);
            return v ->
                MetricKind.of(v.get(id), v.get(displayName), v.get(unit), v.get(higher));
          });

  /** A metric: a well-known one by id ({@code "engagement_rate"}), a user-defined one whole. */
  public static final Codec<MetricKind> METRIC =
      new Codec<MetricKind>() {
        @Override
        public void write(MetricKind value, JsonGenerator out) {
          if (value.isWellKnown()) {
            out.writeString(value.id());
          } else {
            CUSTOM_METRIC.write(value, out);
          }
        }

        @Override
        public MetricKind read(JsonParser in, Reading reading) {
          if (in.currentToken() == JsonToken.VALUE_STRING) {
            return MetricKind.wellKnown(in.getString())
                .orElseThrow(
                    () ->
                        Reading.refuse(
                            in,
                            "not a well-known metric id; write a user-defined metric as an"
                                + " object with id, displayName, unit and higherIsBetter"));
          }
          if (in.currentToken() == JsonToken.START_OBJECT) {
            return CUSTOM_METRIC.read(in, reading);
          }
          throw Reading.wrongType(in, expected());
        }

        @Override
        public String expected() {
          return "a metric id or an object with id, displayName, unit and higherIsBetter";
        }
      };

  // ---- metric ---------------------------------------------------------------------------------

  /** A ratio with its numerator and denominator (a zero denominator is undefined). */
  public static final ObjectCodec<Ratio> RATIO =
      ObjectCodec.define(
          "Ratio",
          t -> {
            var numerator = t.reqDouble("numerator", Ratio::numerator);
            var denominator = t.reqDouble("denominator", Ratio::denominator);
            return v -> Ratio.of(v.get(numerator), v.get(denominator));
          });

  /** A target as an object with exactly one of count, rate, money, duration or score. */
  public static final Codec<Target> TARGET =
      new Codec<Target>() {
        @Override
        public void write(Target value, JsonGenerator out) {
          out.writeStartObject();
          if (value instanceof Target.Count) {
            out.writeName("count");
            out.writeNumber(((Target.Count) value).value());
          } else if (value instanceof Target.Rate) {
            out.writeName("rate");
            RATIO.write(((Target.Rate) value).value(), out);
          } else if (value instanceof Target.Amount) {
            out.writeName("money");
            MONEY.write(((Target.Amount) value).value(), out);
          } else if (value instanceof Target.TimeSpan) {
            out.writeName("duration");
            DURATION.write(((Target.TimeSpan) value).value(), out);
          } else {
            out.writeName("score");
            out.writeNumber(((Target.Score) value).value());
          }
          out.writeEndObject();
        }

        @Override
        public Target read(JsonParser in, Reading reading) {
          if (in.currentToken() != JsonToken.START_OBJECT) {
            throw Reading.wrongType(in, expected());
          }
          if (in.nextToken() != JsonToken.PROPERTY_NAME) {
            throw Reading.refuse(in, "expected one of count, rate, money, duration or score");
          }
          String kind = in.currentName();
          in.nextToken();
          Target target;
          try {
            switch (kind) {
              case "count":
                target = Target.ofCount(LONG.read(in, reading));
                break;
              case "rate":
                target = Target.ofRate(RATIO.read(in, reading));
                break;
              case "money":
                target = Target.ofMoney(MONEY.read(in, reading));
                break;
              case "duration":
                target = Target.ofDuration(DURATION.read(in, reading));
                break;
              case "score":
                target = Target.ofScore(DOUBLE.read(in, reading));
                break;
              default:
                throw Reading.refuse(
                    in,
                    "unknown target kind \"" + kind
                        + "\"; expected one of count, rate, money, duration or score");
            }
          } catch (IllegalArgumentException e) {
            throw Reading.refuse(in, "Target refused: " + e.getMessage(), e);
          }
          if (in.nextToken() != JsonToken.END_OBJECT) {
            throw Reading.refuse(in, "a target has exactly one property");
          }
          return target;
        }

        @Override
        public String expected() {
          return "an object with one of count, rate, money, duration or score";
        }
      };

  // ---- goal and plan --------------------------------------------------------------------------

  /** A growth reference. */
  public static final ObjectCodec<GrowthReference> GROWTH_REFERENCE =
      ObjectCodec.define(
          "GrowthReference",
          t -> {
            var kind = t.req("kind", enumOf(GrowthReference.Kind.class), GrowthReference::kind);
            var changes = t.list("monthlyChanges", DECIMAL, GrowthReference::monthlyChanges);
            var source = t.opt("source", STRING, GrowthReference::source);
            return v ->
                GrowthReference.builder()
                    .kind(v.get(kind))
                    .monthlyChanges(v.get(changes))
                    .source(v.get(source))
                    .build();
          });

  /** A goal. */
  public static final ObjectCodec<Goal> GOAL =
      ObjectCodec.define(
          "Goal",
          t -> {
            var name = t.req("name", STRING, Goal::name);
            var objective = t.req("objective", enumOf(Objective.class), Goal::objective);
            var metric = t.opt("metric", METRIC, Goal::metric);
            var target = t.opt("target", TARGET, Goal::target);
            var baseline = t.opt("baseline", TARGET, Goal::baseline);
            var platform = t.opt("platform", PLATFORM, Goal::platform);
            // Written only when true: a goal's scope is its platform or, failing that, this flag.
            var everywhere =
                t.opt(
                    "acrossAllPlatforms",
                    BOOLEAN,
                    g -> g.acrossAllPlatforms() ? Optional.of(true) : Optional.empty());
            var start = t.req("start", LOCAL_DATE, Goal::start);
            var deadline = t.opt("deadline", LOCAL_DATE, Goal::deadline);
            var objectiveId = t.opt("businessObjectiveId", STRING, Goal::businessObjectiveId);
            var owner = t.opt("owner", STRING, Goal::owner);
            var growth = t.opt("growthReference", GROWTH_REFERENCE, Goal::growthReference);
            return v -> {
              var b =
                  Goal.builder()
                      .name(v.get(name))
                      .objective(v.get(objective))
                      .metric(v.get(metric))
                      .target(v.get(target))
                      .baseline(v.get(baseline))
                      .platform(v.get(platform))
                      .start(v.get(start))
                      .deadline(v.get(deadline))
                      .businessObjectiveId(v.get(objectiveId))
                      .owner(v.get(owner))
                      .growthReference(v.get(growth));
              v.get(everywhere).ifPresent(b::acrossAllPlatforms);
              return b.build();
            };
          });

  /** A business objective. */
  public static final ObjectCodec<BusinessObjective> BUSINESS_OBJECTIVE =
      ObjectCodec.define(
          "BusinessObjective",
          t -> {
            var id = t.req("id", STRING, BusinessObjective::id);
            var name = t.req("name", STRING, BusinessObjective::name);
            var description = t.opt("description", STRING, BusinessObjective::description);
            return v ->
                BusinessObjective.builder()
                    .id(v.get(id))
                    .name(v.get(name))
                    .description(v.get(description))
                    .build();
          });

  /** A brand. */
  public static final ObjectCodec<Brand> BRAND =
      ObjectCodec.define(
          "Brand",
          t -> {
            var name = t.req("name", STRING, Brand::name);
            var industry = t.req("industry", STRING, Brand::industry);
            var model = t.req("businessModel", enumOf(BusinessModel.class), Brand::businessModel);
            var mission = t.opt("missionStatement", STRING, Brand::missionStatement);
            return v ->
                Brand.builder()
                    .name(v.get(name))
                    .industry(v.get(industry))
                    .businessModel(v.get(model))
                    .missionStatement(v.get(mission))
                    .build();
          });

  /** A platform choice with its reason. */
  public static final ObjectCodec<PlatformChoice> PLATFORM_CHOICE =
      ObjectCodec.define(
          "PlatformChoice",
          t -> {
            var platform = t.req("platform", PLATFORM, PlatformChoice::platform);
            var reason = t.req("reason", STRING, PlatformChoice::reason);
            return v -> PlatformChoice.of(v.get(platform), v.get(reason));
          });

  // ---- audience -------------------------------------------------------------------------------

  /** An age range, both ends inclusive. */
  public static final ObjectCodec<AgeRange> AGE_RANGE =
      ObjectCodec.define(
          "AgeRange",
          t -> {
            var min = t.reqInt("min", AgeRange::min);
            var max = t.reqInt("max", AgeRange::max);
            return v -> AgeRange.of(v.get(min), v.get(max));
          });

  /** Shares of women, men and other genders. */
  public static final ObjectCodec<GenderMix> GENDER_MIX =
      ObjectCodec.define(
          "GenderMix",
          t -> {
            var women = t.reqDouble("women", GenderMix::women);
            var men = t.reqDouble("men", GenderMix::men);
            var other = t.reqDouble("other", GenderMix::other);
            return v -> GenderMix.of(v.get(women), v.get(men), v.get(other));
          });

  /** An income band. */
  public static final ObjectCodec<IncomeBand> INCOME_BAND =
      ObjectCodec.define(
          "IncomeBand",
          t -> {
            var low = t.req("low", MONEY, IncomeBand::low);
            var high = t.req("high", MONEY, IncomeBand::high);
            var basis = t.req("basis", enumOf(IncomeBand.Basis.class), IncomeBand::basis);
            return v -> new IncomeBand(v.get(low), v.get(high), v.get(basis));
          });

  /** A region. */
  public static final ObjectCodec<Region> REGION =
      ObjectCodec.define(
          "Region",
          t -> {
            var description = t.req("description", STRING, Region::description);
            var country = t.opt("country", STRING, Region::country);
            var settlement =
                t.opt("settlement", enumOf(Region.Settlement.class), Region::settlement);
            var activities = t.set("activities", enumOf(Region.Activity.class), Region::activities);
            return v ->
                Region.builder()
                    .description(v.get(description))
                    .country(v.get(country))
                    .settlement(v.get(settlement))
                    .activities(v.get(activities))
                    .build();
          });

  /** A persona. */
  public static final ObjectCodec<Persona> PERSONA =
      ObjectCodec.define(
          "Persona",
          t -> {
            var name = t.req("name", STRING, Persona::name);
            var ageRange = t.opt("ageRange", AGE_RANGE, Persona::ageRange);
            var genderMix = t.opt("genderMix", GENDER_MIX, Persona::genderMix);
            var regions = t.list("regions", REGION, Persona::regions);
            var languages = t.list("languages", LOCALE, Persona::languages);
            var incomeBand = t.opt("incomeBand", INCOME_BAND, Persona::incomeBand);
            var interests = t.list("interests", STRING, Persona::interests);
            var power =
                t.opt("purchasingPower", enumOf(PurchasingPower.class), Persona::purchasingPower);
            var painPoints = t.list("painPoints", STRING, Persona::painPoints);
            var platforms = t.set("platforms", PLATFORM, Persona::platforms);
            var dataSource = t.dflt("dataSource", enumOf(DataSource.class), Persona::dataSource);
            var households = t.set("households", enumOf(HouseholdType.class), Persona::households);
            var employment =
                t.set("employment", enumOf(EmploymentStatus.class), Persona::employment);
            var occupations = t.list("occupations", STRING, Persona::occupations);
            return v -> {
              Persona.Builder b =
                  Persona.builder()
                      .name(v.get(name))
                      .ageRange(v.get(ageRange))
                      .genderMix(v.get(genderMix))
                      .regions(v.get(regions))
                      .languages(v.get(languages))
                      .incomeBand(v.get(incomeBand))
                      .interests(v.get(interests))
                      .purchasingPower(v.get(power))
                      .painPoints(v.get(painPoints))
                      .platforms(v.get(platforms))
                      .households(v.get(households))
                      .employment(v.get(employment))
                      .occupations(v.get(occupations));
              v.get(dataSource).ifPresent(b::dataSource);
              return b.build();
            };
          });

  /** A persona with its weight in an audience. */
  public static final ObjectCodec<WeightedPersona> WEIGHTED_PERSONA =
      ObjectCodec.define(
          "WeightedPersona",
          t -> {
            var persona = t.req("persona", PERSONA, WeightedPersona::persona);
            var weight = t.reqDouble("weight", WeightedPersona::weight);
            return v -> WeightedPersona.of(v.get(persona), v.get(weight));
          });

  /** An audience. */
  public static final ObjectCodec<Audience> AUDIENCE =
      ObjectCodec.define(
          "Audience",
          t -> {
            var members = t.list("members", WEIGHTED_PERSONA, Audience::members);
            return v -> Audience.builder().members(v.get(members)).build();
          });

  /** A generation mix (its shares are derived from the age range and reference date). */
  public static final ObjectCodec<GenerationMix> GENERATION_MIX =
      ObjectCodec.define(
          "GenerationMix",
          t -> {
            var ageRange = t.req("ageRange", AGE_RANGE, GenerationMix::ageRange);
            var date = t.req("referenceDate", LOCAL_DATE, GenerationMix::referenceDate);
            return v -> GenerationMix.of(v.get(ageRange), v.get(date));
          });

  // ---- platform -------------------------------------------------------------------------------

  /** A cited source. */
  public static final ObjectCodec<Source> SOURCE =
      ObjectCodec.define(
          "Source",
          t -> {
            var kind = t.req("kind", enumOf(SourceKind.class), Source::kind);
            var citation = t.req("citation", STRING, Source::citation);
            return v -> new Source(v.get(kind), v.get(citation));
          });

  /** A text limit. */
  public static final ObjectCodec<TextLimit> TEXT_LIMIT =
      ObjectCodec.define(
          "TextLimit",
          t -> {
            var field = t.req("field", enumOf(TextField.class), TextLimit::field);
            var max = t.reqLong("maxLength", TextLimit::maxLength);
            var counting = t.req("counting", enumOf(TextCounting.class), TextLimit::counting);
            return v -> new TextLimit(v.get(field), v.get(max), v.get(counting));
          });

  /** An aspect ratio as width and height. */
  public static final ObjectCodec<AspectRatio> ASPECT_RATIO =
      ObjectCodec.define(
          "AspectRatio",
          t -> {
            var width = t.reqDouble("width", AspectRatio::width);
            var height = t.reqDouble("height", AspectRatio::height);
            return v -> AspectRatio.of(v.get(width), v.get(height));
          });

  /** A range of aspect ratios. */
  public static final ObjectCodec<AspectRatioRange> ASPECT_RATIO_RANGE =
      ObjectCodec.define(
          "AspectRatioRange",
          t -> {
            var tallest = t.req("tallest", ASPECT_RATIO, AspectRatioRange::tallest);
            var widest = t.req("widest", ASPECT_RATIO, AspectRatioRange::widest);
            return v -> AspectRatioRange.of(v.get(tallest), v.get(widest));
          });

  /** The limits of one post format. */
  public static final ObjectCodec<FormatLimits> FORMAT_LIMITS =
      ObjectCodec.define(
          "FormatLimits",
          t -> {
            var textLimits = t.list("textLimits", TEXT_LIMIT, FormatLimits::textLimits);
            var maxHashtags = t.optInt("maxHashtags", FormatLimits::maxHashtags);
            var maxMentions = t.optInt("maxMentions", FormatLimits::maxMentions);
            var maxLinks = t.optInt("maxLinks", FormatLimits::maxLinks);
            var firstComment =
                t.opt("firstCommentAllowed", BOOLEAN, FormatLimits::firstCommentAllowed);
            var threads = t.dflt("threadsAllowed", BOOLEAN, FormatLimits::threadsAllowed);
            var maxParts = t.optInt("maxThreadParts", FormatLimits::maxThreadParts);
            var minMedia = t.dflt("minMediaItems", Scalars.INT, FormatLimits::minMediaItems);
            var maxMedia = t.optInt("maxMediaItems", FormatLimits::maxMediaItems);
            var mixed = t.opt("mixedMediaAllowed", BOOLEAN, FormatLimits::mixedMediaAllowed);
            var maxBytes = t.optLong("maxMediaBytes", FormatLimits::maxMediaBytes);
            var maxPages = t.optInt("maxDocumentPages", FormatLimits::maxDocumentPages);
            var minVideo = t.opt("minVideoDuration", DURATION, FormatLimits::minVideoDuration);
            var maxVideo = t.opt("maxVideoDuration", DURATION, FormatLimits::maxVideoDuration);
            var ratios = t.list("aspectRatios", ASPECT_RATIO, FormatLimits::aspectRatios);
            var accepted =
                t.opt(
                    "acceptedAspectRatios",
                    ASPECT_RATIO_RANGE,
                    FormatLimits::acceptedAspectRatios);
            var notes = t.list("notes", STRING, FormatLimits::notes);
            return v -> {
              FormatLimits.Builder b =
                  FormatLimits.builder()
                      .textLimits(v.get(textLimits))
                      .maxHashtags(v.get(maxHashtags))
                      .maxMentions(v.get(maxMentions))
                      .maxLinks(v.get(maxLinks))
                      .firstCommentAllowed(v.get(firstComment))
                      .maxThreadParts(v.get(maxParts))
                      .maxMediaItems(v.get(maxMedia))
                      .mixedMediaAllowed(v.get(mixed))
                      .maxMediaBytes(v.get(maxBytes))
                      .maxDocumentPages(v.get(maxPages))
                      .minVideoDuration(v.get(minVideo))
                      .maxVideoDuration(v.get(maxVideo))
                      .aspectRatios(v.get(ratios))
                      .acceptedAspectRatios(v.get(accepted))
                      .notes(v.get(notes));
              v.get(minMedia).ifPresent(b::minMediaItems);
              v.get(threads).ifPresent(b::threadsAllowed);
              return b.build();
            };
          });

  /** A recommended posting frequency. */
  public static final ObjectCodec<PostingFrequency> POSTING_FREQUENCY =
      ObjectCodec.define(
          "PostingFrequency",
          t -> {
            var min = t.reqInt("minPosts", PostingFrequency::minPosts);
            var max = t.reqInt("maxPosts", PostingFrequency::maxPosts);
            var per = t.req("per", enumOf(ChronoUnit.class), PostingFrequency::per);
            var formats = t.set("formats", enumOf(PostFormat.class), PostingFrequency::formats);
            var source = t.opt("source", SOURCE, PostingFrequency::source);
            return v ->
                PostingFrequency.builder()
                    .minPosts(v.get(min))
                    .maxPosts(v.get(max))
                    .per(v.get(per))
                    .formats(v.get(formats))
                    .source(v.get(source))
                    .build();
          });

  /** A platform's audience reach from a survey. */
  public static final ObjectCodec<AudienceReach> AUDIENCE_REACH =
      ObjectCodec.define(
          "AudienceReach",
          t -> {
            var all = t.req("all", RATIO, AudienceReach::all);
            var men = t.opt("men", RATIO, AudienceReach::men);
            var women = t.opt("women", RATIO, AudienceReach::women);
            var byAge = t.map("byAgeBand", enumKey(AgeBand.class), RATIO, AudienceReach::byAgeBand);
            var daily = t.opt("dailyUse", RATIO, AudienceReach::dailyUse);
            var survey = t.req("survey", STRING, AudienceReach::survey);
            var published = t.req("published", LOCAL_DATE, AudienceReach::published);
            var cells = t.dflt("cellsTranscribed", BOOLEAN, AudienceReach::cellsTranscribed);
            var note = t.opt("note", STRING, AudienceReach::note);
            return v -> {
              AudienceReach.Builder b =
                  AudienceReach.builder()
                      .all(v.get(all))
                      .men(v.get(men))
                      .women(v.get(women))
                      .byAgeBand(v.get(byAge))
                      .dailyUse(v.get(daily))
                      .survey(v.get(survey))
                      .published(v.get(published))
                      .note(v.get(note));
              v.get(cells).ifPresent(b::cellsTranscribed);
              return b.build();
            };
          });

  /** A platform profile (user-defined or from the standard catalog). */
  public static final ObjectCodec<PlatformProfile> PLATFORM_PROFILE =
      ObjectCodec.define(
          "PlatformProfile",
          t -> {
            var platform = t.req("platform", PLATFORM, PlatformProfile::platform);
            var reach = t.opt("reach", AUDIENCE_REACH, PlatformProfile::reach);
            var strengths = t.set("strengths", enumOf(Strength.class), PlatformProfile::strengths);
            var formats =
                t.map(
                    "formats",
                    enumKey(PostFormat.class),
                    FORMAT_LIMITS,
                    PlatformProfile::formats);
            var frequencies =
                t.list(
                    "recommendedFrequencies",
                    POSTING_FREQUENCY,
                    PlatformProfile::recommendedFrequencies);
            var sources = t.list("sources", SOURCE, PlatformProfile::sources);
            var checkedOn = t.req("checkedOn", LOCAL_DATE, PlatformProfile::checkedOn);
            var notes = t.list("notes", STRING, PlatformProfile::notes);
            // Written only for a paid tier, so a standard profile reads as it always did.
            var tier =
                t.opt(
                    "tier",
                    enumOf(AccountTier.class),
                    p ->
                        p.tier() == AccountTier.STANDARD ? Optional.empty() : Optional.of(p.tier()));
            return v -> {
              var b =
                  PlatformProfile.builder()
                      .platform(v.get(platform))
                      .reach(v.get(reach))
                      .strengths(v.get(strengths))
                      .formats(v.get(formats))
                      .recommendedFrequencies(v.get(frequencies))
                      .sources(v.get(sources))
                      .checkedOn(v.get(checkedOn))
                      .notes(v.get(notes));
              v.get(tier).ifPresent(b::tier);
              return b.build();
            };
          });

  /** A catalog of platform profiles. */
  public static final ObjectCodec<PlatformCatalog> PLATFORM_CATALOG =
      ObjectCodec.define(
          "PlatformCatalog",
          t -> {
            var profiles = t.list("profiles", PLATFORM_PROFILE, PlatformCatalog::profiles);
            return v -> PlatformCatalog.of(v.get(profiles));
          });

  // ---- competition ----------------------------------------------------------------------------

  /** A handle on a platform. */
  public static final ObjectCodec<Handle> HANDLE =
      ObjectCodec.define(
          "Handle",
          t -> {
            var platform = t.req("platform", PLATFORM, Handle::platform);
            var name = t.req("name", STRING, Handle::name);
            return v -> Handle.of(v.get(platform), v.get(name));
          });

  /** A competitor's presence on a platform. */
  public static final ObjectCodec<SocialPresence> SOCIAL_PRESENCE =
      ObjectCodec.define(
          "SocialPresence",
          t -> {
            var handle = t.req("handle", HANDLE, SocialPresence::handle);
            var followers = t.optLong("followers", SocialPresence::followers);
            var postsPerWeek = t.optDouble("postsPerWeek", SocialPresence::postsPerWeek);
            var rate = t.opt("engagementRate", RATIO, SocialPresence::engagementRate);
            var perPost = t.optDouble("engagementsPerPost", SocialPresence::engagementsPerPost);
            var observed = t.opt("observedOn", LOCAL_DATE, SocialPresence::observedOn);
            return v ->
                SocialPresence.builder()
                    .handle(v.get(handle))
                    .followers(v.get(followers))
                    .postsPerWeek(v.get(postsPerWeek))
                    .engagementRate(v.get(rate))
                    .engagementsPerPost(v.get(perPost))
                    .observedOn(v.get(observed))
                    .build();
          });

  /** A SWOT analysis. */
  public static final ObjectCodec<Swot> SWOT =
      ObjectCodec.define(
          "Swot",
          t -> {
            var strengths = t.list("strengths", STRING, Swot::strengths);
            var weaknesses = t.list("weaknesses", STRING, Swot::weaknesses);
            var opportunities = t.list("opportunities", STRING, Swot::opportunities);
            var threats = t.list("threats", STRING, Swot::threats);
            return v ->
                Swot.builder()
                    .strengths(v.get(strengths))
                    .weaknesses(v.get(weaknesses))
                    .opportunities(v.get(opportunities))
                    .threats(v.get(threats))
                    .build();
          });

  /** A competitor. */
  public static final ObjectCodec<Competitor> COMPETITOR =
      ObjectCodec.define(
          "Competitor",
          t -> {
            var name = t.req("name", STRING, Competitor::name);
            var presences = t.list("presences", SOCIAL_PRESENCE, Competitor::presences);
            var notes = t.opt("notes", STRING, Competitor::notes);
            var swot = t.opt("swot", SWOT, Competitor::swot);
            return v ->
                Competitor.builder()
                    .name(v.get(name))
                    .presences(v.get(presences))
                    .notes(v.get(notes))
                    .swot(v.get(swot))
                    .build();
          });

  // ---- budget ---------------------------------------------------------------------------------

  /** Amounts in several currencies, one per currency. */
  public static final ObjectCodec<MultiCurrencyAmount> MULTI_CURRENCY_AMOUNT =
      ObjectCodec.define(
          "MultiCurrencyAmount",
          t -> {
            var amounts = t.list("amounts", MONEY, MultiCurrencyAmount::amounts);
            return v -> MultiCurrencyAmount.of(v.get(amounts));
          });

  /** A budget allocation. */
  public static final ObjectCodec<Allocation> ALLOCATION =
      ObjectCodec.define(
          "Allocation",
          t -> {
            var id = t.opt("id", STRING, Allocation::id);
            var platform = t.opt("platform", PLATFORM, Allocation::platform);
            var category = t.opt("category", enumOf(BudgetCategory.class), Allocation::category);
            var amount = t.req("amount", MONEY, Allocation::amount);
            var expected = t.opt("expectedReturn", MONEY, Allocation::expectedReturn);
            return v ->
                Allocation.builder()
                    .id(v.get(id))
                    .platform(v.get(platform))
                    .category(v.get(category))
                    .amount(v.get(amount))
                    .expectedReturn(v.get(expected))
                    .build();
          });

  /** A budget. */
  public static final ObjectCodec<Budget> BUDGET =
      ObjectCodec.define(
          "Budget",
          t -> {
            var total = t.req("total", MONEY, Budget::total);
            var period = t.req("period", LOCAL_DATE_RANGE, Budget::period);
            var share = t.optDouble("digitalMarketingShare", Budget::digitalMarketingShare);
            var allocations = t.list("allocations", ALLOCATION, Budget::allocations);
            return v ->
                Budget.builder()
                    .total(v.get(total))
                    .period(v.get(period))
                    .digitalMarketingShare(v.get(share))
                    .allocations(v.get(allocations))
                    .build();
          });

  // ---- content --------------------------------------------------------------------------------

  /** A content pillar. */
  public static final ObjectCodec<ContentPillar> CONTENT_PILLAR =
      ObjectCodec.define(
          "ContentPillar",
          t -> {
            var name = t.req("name", STRING, ContentPillar::name);
            var colour = t.req("colour", STRING, ContentPillar::colour);
            var keywords = t.set("keywords", STRING, ContentPillar::keywords);
            return v ->
                ContentPillar.builder()
                    .name(v.get(name))
                    .colour(v.get(colour))
                    .keywords(v.get(keywords))
                    .build();
          });

  /** A slice of a content mix. */
  public static final ObjectCodec<MixSlice> MIX_SLICE =
      ObjectCodec.define(
          "MixSlice",
          t -> {
            var name = t.req("name", STRING, MixSlice::name);
            var share = t.reqDouble("share", MixSlice::share);
            var purposes = t.set("purposes", enumOf(PostPurpose.class), MixSlice::purposes);
            var sources = t.set("sources", enumOf(ContentSource.class), MixSlice::sources);
            return v ->
                MixSlice.builder()
                    .name(v.get(name))
                    .share(v.get(share))
                    .purposes(v.get(purposes))
                    .sources(v.get(sources))
                    .build();
          });

  /** A content mix. */
  public static final ObjectCodec<ContentMix> CONTENT_MIX =
      ObjectCodec.define(
          "ContentMix",
          t -> {
            var name = t.req("name", STRING, ContentMix::name);
            var slices = t.list("slices", MIX_SLICE, ContentMix::slices);
            var tolerance = t.dflt("tolerance", DOUBLE, ContentMix::tolerance);
            return v -> {
              ContentMix.Builder b =
                  ContentMix.builder().name(v.get(name)).slices(v.get(slices));
              v.get(tolerance).ifPresent(b::tolerance);
              return b.build();
            };
          });

  /** The kind of a post: purpose and source. */
  public static final ObjectCodec<ContentKind> CONTENT_KIND =
      ObjectCodec.define(
          "ContentKind",
          t -> {
            var purpose = t.req("purpose", enumOf(PostPurpose.class), ContentKind::purpose);
            var source = t.req("source", enumOf(ContentSource.class), ContentKind::source);
            return v -> ContentKind.of(v.get(purpose), v.get(source));
          });

  /** Keywords for a platform. */
  public static final ObjectCodec<KeywordSet> KEYWORD_SET =
      ObjectCodec.define(
          "KeywordSet",
          t -> {
            var platform = t.req("platform", PLATFORM, KeywordSet::platform);
            var keywords = t.set("keywords", STRING, KeywordSet::keywords);
            return v ->
                KeywordSet.builder().platform(v.get(platform)).keywords(v.get(keywords)).build();
          });

  // ---- tactics --------------------------------------------------------------------------------

  /** A creator's permission to repost. */
  public static final ObjectCodec<CreatorPermission> CREATOR_PERMISSION =
      ObjectCodec.define(
          "CreatorPermission",
          t -> {
            var granted = t.req("grantedAt", INSTANT, CreatorPermission::grantedAt);
            var evidence = t.opt("evidence", STRING, CreatorPermission::evidence);
            return v ->
                CreatorPermission.builder()
                    .grantedAt(v.get(granted))
                    .evidence(v.get(evidence))
                    .build();
          });

  /** A repost of user-generated content. */
  public static final ObjectCodec<UgcRepost> UGC_REPOST =
      ObjectCodec.define(
          "UgcRepost",
          t -> {
            var creator = t.req("creator", STRING, UgcRepost::creator);
            var platform = t.req("platform", PLATFORM, UgcRepost::platform);
            var reference = t.opt("reference", STRING, UgcRepost::reference);
            var permission = t.opt("permission", CREATOR_PERMISSION, UgcRepost::permission);
            return v ->
                UgcRepost.builder()
                    .creator(v.get(creator))
                    .platform(v.get(platform))
                    .reference(v.get(reference))
                    .permission(v.get(permission))
                    .build();
          });

  /** An influencer. */
  public static final ObjectCodec<Influencer> INFLUENCER =
      ObjectCodec.define(
          "Influencer",
          t -> {
            var handle = t.req("handle", STRING, Influencer::handle);
            var platform = t.req("platform", PLATFORM, Influencer::platform);
            var followers = t.reqLong("followers", Influencer::followers);
            var engagement = t.opt("engagementRate", RATIO, Influencer::engagementRate);
            var reach = t.opt("reachRate", RATIO, Influencer::reachRate);
            var audience = t.opt("audience", AUDIENCE, Influencer::audience);
            var fee = t.req("fee", MONEY, Influencer::fee);
            return v ->
                Influencer.builder()
                    .handle(v.get(handle))
                    .platform(v.get(platform))
                    .followers(v.get(followers))
                    .engagementRate(v.get(engagement))
                    .reachRate(v.get(reach))
                    .audience(v.get(audience))
                    .fee(v.get(fee))
                    .build();
          });

  /** A band of an influencer tier scheme; {@code until} absent means open-ended. */
  public static final ObjectCodec<TierBand> TIER_BAND =
      ObjectCodec.define(
          "TierBand",
          t -> {
            var tier = t.req("tier", enumOf(InfluencerTier.class), TierBand::tier);
            var from = t.reqLong("from", TierBand::from);
            var until = t.optLong("until", TierBand::until);
            return v ->
                v.get(until).isPresent()
                    ? TierBand.of(v.get(tier), v.get(from), v.get(until).getAsLong())
                    : TierBand.atLeast(v.get(tier), v.get(from));
          });

  /** An influencer tier scheme. */
  public static final ObjectCodec<TierScheme> TIER_SCHEME =
      ObjectCodec.define(
          "TierScheme",
          t -> {
            var name = t.req("name", STRING, TierScheme::name);
            var bands = t.list("bands", TIER_BAND, TierScheme::bands);
            return v -> TierScheme.builder().name(v.get(name)).bands(v.get(bands)).build();
          });

  /** The tactics, by their kind. */
  public static final UnionCodec<Tactic> TACTIC =
      UnionCodec.<Tactic>builder("Tactic", "kind")
          .add(
              TacticKind.SHORT_VIDEO.name(),
              ShortVideoProgramme.class,
              ObjectCodec.<ShortVideoProgramme>define(
                  "ShortVideoProgramme",
                  t -> {
                    var common = TacticFields.of(t);
                    var platforms = t.set("platforms", PLATFORM, ShortVideoProgramme::platforms);
                    var perWeek = t.reqInt("postsPerWeek", ShortVideoProgramme::postsPerWeek);
                    var repurposed =
                        t.dflt("repurposed", BOOLEAN, ShortVideoProgramme::repurposed);
                    var niche = t.opt("trendNiche", STRING, ShortVideoProgramme::trendNiche);
                    var length = t.opt("videoLength", DURATION, ShortVideoProgramme::videoLength);
                    return v -> {
                      ShortVideoProgramme.Builder b = ShortVideoProgramme.builder();
                      b.name(v.get(common.name))
                          .campaignWindow(v.get(common.window))
                          .allocationId(v.get(common.allocation))
                          .goalIds(v.get(common.goals))
                          .platforms(v.get(platforms))
                          .postsPerWeek(v.get(perWeek))
                          .trendNiche(v.get(niche))
                          .videoLength(v.get(length));
                      v.get(repurposed).ifPresent(b::repurposed);
                      return b.build();
                    };
                  }))
          .add(
              TacticKind.COMMUNITY.name(),
              CommunityProgramme.class,
              ObjectCodec.<CommunityProgramme>define(
                  "CommunityProgramme",
                  t -> {
                    var common = TacticFields.of(t);
                    var platform = t.req("platform", PLATFORM, CommunityProgramme::platform);
                    var group = t.opt("groupName", STRING, CommunityProgramme::groupName);
                    var interactive =
                        t.set(
                            "interactivePosts",
                            enumOf(InteractivePost.class),
                            CommunityProgramme::interactivePosts);
                    var perWeek =
                        t.dflt(
                            "interactivePostsPerWeek",
                            Scalars.INT,
                            CommunityProgramme::interactivePostsPerWeek);
                    return v -> {
                      CommunityProgramme.Builder b = CommunityProgramme.builder();
                      b.name(v.get(common.name))
                          .campaignWindow(v.get(common.window))
                          .allocationId(v.get(common.allocation))
                          .goalIds(v.get(common.goals))
                          .platform(v.get(platform))
                          .groupName(v.get(group))
                          .interactivePosts(v.get(interactive));
                      v.get(perWeek).ifPresent(b::interactivePostsPerWeek);
                      return b.build();
                    };
                  }))
          .add(
              TacticKind.INFLUENCER.name(),
              InfluencerCampaign.class,
              ObjectCodec.<InfluencerCampaign>define(
                  "InfluencerCampaign",
                  t -> {
                    var common = TacticFields.of(t);
                    var influencers =
                        t.list("influencers", INFLUENCER, InfluencerCampaign::influencers);
                    var scheme = t.dflt("tierScheme", TIER_SCHEME, InfluencerCampaign::tierScheme);
                    var tiers =
                        t.set(
                            "targetTiers",
                            enumOf(InfluencerTier.class),
                            InfluencerCampaign::targetTiers);
                    return v -> {
                      InfluencerCampaign.Builder b = InfluencerCampaign.builder();
                      b.name(v.get(common.name))
                          .campaignWindow(v.get(common.window))
                          .allocationId(v.get(common.allocation))
                          .goalIds(v.get(common.goals))
                          .influencers(v.get(influencers))
                          .targetTiers(v.get(tiers));
                      v.get(scheme).ifPresent(b::tierScheme);
                      return b.build();
                    };
                  }))
          .add(
              TacticKind.LIVE_STREAM.name(),
              LiveStream.class,
              ObjectCodec.<LiveStream>define(
                  "LiveStream",
                  t -> {
                    var common = TacticFields.of(t);
                    var platform = t.req("platform", PLATFORM, LiveStream::platform);
                    var start = t.req("start", ZONED_DATE_TIME, LiveStream::start);
                    var duration = t.req("duration", DURATION, LiveStream::duration);
                    var announced = t.opt("announcedAt", ZONED_DATE_TIME, LiveStream::announcedAt);
                    return v -> {
                      LiveStream.Builder b = LiveStream.builder();
                      b.name(v.get(common.name))
                          .campaignWindow(v.get(common.window))
                          .allocationId(v.get(common.allocation))
                          .goalIds(v.get(common.goals))
                          .platform(v.get(platform))
                          .start(v.get(start))
                          .duration(v.get(duration))
                          .announcedAt(v.get(announced));
                      return b.build();
                    };
                  }))
          .add(
              TacticKind.USER_GENERATED_CONTENT.name(),
              UgcProgramme.class,
              ObjectCodec.<UgcProgramme>define(
                  "UgcProgramme",
                  t -> {
                    var common = TacticFields.of(t);
                    var hashtag = t.opt("hashtag", STRING, UgcProgramme::hashtag);
                    var collecting = t.set("collectingOn", PLATFORM, UgcProgramme::collectingOn);
                    var reposts = t.list("reposts", UGC_REPOST, UgcProgramme::reposts);
                    return v -> {
                      UgcProgramme.Builder b = UgcProgramme.builder();
                      b.name(v.get(common.name))
                          .campaignWindow(v.get(common.window))
                          .allocationId(v.get(common.allocation))
                          .goalIds(v.get(common.goals))
                          .hashtag(v.get(hashtag))
                          .collectingOn(v.get(collecting))
                          .reposts(v.get(reposts));
                      return b.build();
                    };
                  }))
          .add(
              TacticKind.SOCIAL_COMMERCE.name(),
              SocialCommerce.class,
              ObjectCodec.<SocialCommerce>define(
                  "SocialCommerce",
                  t -> {
                    var common = TacticFields.of(t);
                    var platform = t.req("platform", PLATFORM, SocialCommerce::platform);
                    var shop = t.req("shopName", STRING, SocialCommerce::shopName);
                    return v -> {
                      SocialCommerce.Builder b = SocialCommerce.builder();
                      b.name(v.get(common.name))
                          .campaignWindow(v.get(common.window))
                          .allocationId(v.get(common.allocation))
                          .goalIds(v.get(common.goals))
                          .platform(v.get(platform))
                          .shopName(v.get(shop));
                      return b.build();
                    };
                  }))
          .add(
              TacticKind.AR_EFFECT.name(),
              ArEffect.class,
              ObjectCodec.<ArEffect>define(
                  "ArEffect",
                  t -> {
                    var common = TacticFields.of(t);
                    var platform = t.req("platform", PLATFORM, ArEffect::platform);
                    return v -> {
                      ArEffect.Builder b = ArEffect.builder();
                      b.name(v.get(common.name))
                          .campaignWindow(v.get(common.window))
                          .allocationId(v.get(common.allocation))
                          .goalIds(v.get(common.goals))
                          .platform(v.get(platform));
                      return b.build();
                    };
                  }))
          .add(
              TacticKind.PURPOSE_DRIVEN.name(),
              PurposeDrivenCampaign.class,
              ObjectCodec.<PurposeDrivenCampaign>define(
                  "PurposeDrivenCampaign",
                  t -> {
                    var common = TacticFields.of(t);
                    var cause = t.req("cause", STRING, PurposeDrivenCampaign::cause);
                    var link = t.opt("missionLink", STRING, PurposeDrivenCampaign::missionLink);
                    var approval =
                        t.dflt(
                            "approval",
                            enumOf(ApprovalStatus.class),
                            PurposeDrivenCampaign::approval);
                    var approver = t.opt("approver", STRING, PurposeDrivenCampaign::approver);
                    var platforms = t.set("platforms", PLATFORM, PurposeDrivenCampaign::platforms);
                    return v -> {
                      PurposeDrivenCampaign.Builder b = PurposeDrivenCampaign.builder();
                      b.name(v.get(common.name))
                          .campaignWindow(v.get(common.window))
                          .allocationId(v.get(common.allocation))
                          .goalIds(v.get(common.goals))
                          .cause(v.get(cause))
                          .missionLink(v.get(link))
                          .approver(v.get(approver))
                          .platforms(v.get(platforms));
                      v.get(approval).ifPresent(b::approval);
                      return b.build();
                    };
                  }))
          .build();

  /** A content strategy. */
  public static final ObjectCodec<ContentStrategy> CONTENT_STRATEGY =
      ObjectCodec.define(
          "ContentStrategy",
          t -> {
            var pillars = t.list("pillars", CONTENT_PILLAR, ContentStrategy::pillars);
            var mix = t.dflt("mix", CONTENT_MIX, ContentStrategy::mix);
            var tactics = t.list("tactics", TACTIC, ContentStrategy::tactics);
            var keywordSets = t.list("keywordSets", KEYWORD_SET, ContentStrategy::keywordSets);
            var adaptation =
                t.dflt(
                    "platformAdaptation",
                    enumOf(PlatformAdaptation.class),
                    ContentStrategy::platformAdaptation);
            return v -> {
              ContentStrategy.Builder b =
                  ContentStrategy.builder()
                      .pillars(v.get(pillars))
                      .tactics(v.get(tactics))
                      .keywordSets(v.get(keywordSets));
              v.get(mix).ifPresent(b::mix);
              v.get(adaptation).ifPresent(b::platformAdaptation);
              return b.build();
            };
          });

  /** The strategy plan: the document the plan editor sends and stores. */
  public static final ObjectCodec<StrategyPlan> STRATEGY_PLAN =
      ObjectCodec.define(
          "StrategyPlan",
          t -> {
            var brand = t.req("brand", BRAND, StrategyPlan::brand);
            var objectives =
                t.list("businessObjectives", BUSINESS_OBJECTIVE, StrategyPlan::businessObjectives);
            var goals = t.list("goals", GOAL, StrategyPlan::goals);
            var audience = t.opt("audience", AUDIENCE, StrategyPlan::audience);
            var platforms = t.list("platforms", PLATFORM_CHOICE, StrategyPlan::platforms);
            var competitors = t.list("competitors", COMPETITOR, StrategyPlan::competitors);
            var brandSwot = t.opt("brandSwot", SWOT, StrategyPlan::brandSwot);
            var budget = t.opt("budget", BUDGET, StrategyPlan::budget);
            var content = t.opt("content", CONTENT_STRATEGY, StrategyPlan::content);
            var zone = t.opt("timeZone", ZONE_ID, StrategyPlan::timeZone);
            var period = t.opt("period", LOCAL_DATE_RANGE, StrategyPlan::period);
            return v ->
                StrategyPlan.builder()
                    .brand(v.get(brand))
                    .businessObjectives(v.get(objectives))
                    .goals(v.get(goals))
                    .audience(v.get(audience))
                    .platforms(v.get(platforms))
                    .competitors(v.get(competitors))
                    .brandSwot(v.get(brandSwot))
                    .budget(v.get(budget))
                    .content(v.get(content))
                    .timeZone(v.get(zone))
                    .period(v.get(period))
                    .build();
          });

  // ---- timing ---------------------------------------------------------------------------------

  /** An hour of the week. */
  public static final ObjectCodec<TimeOfWeek> TIME_OF_WEEK =
      ObjectCodec.define(
          "TimeOfWeek",
          t -> {
            var day = t.req("day", Scalars.DAY_OF_WEEK, TimeOfWeek::day);
            var hour = t.reqInt("hour", TimeOfWeek::hour);
            return v -> TimeOfWeek.of(v.get(day), v.get(hour));
          });

  /**
   * A time-of-week grid: {"weights": [168 numbers]}, Monday 00:00 first, hour by hour (the
   * order of {@link TimeOfWeek#index()}).
   */
  public static final ObjectCodec<TimeOfWeekGrid> TIME_OF_WEEK_GRID =
      ObjectCodec.define(
          "TimeOfWeekGrid",
          t -> {
            var weights = t.list("weights", DOUBLE, g -> toList(g.toArray()));
            return v -> {
              List<Double> list = v.get(weights);
              double[] array = new double[list.size()];
              for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
              }
              return TimeOfWeekGrid.of(array);
            };
          });

  private static List<Double> toList(double[] values) {
    Double[] boxed = new Double[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return List.of(boxed);
  }
}
