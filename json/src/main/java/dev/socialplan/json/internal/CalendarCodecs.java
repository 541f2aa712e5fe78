package dev.socialplan.json.internal;

import static dev.socialplan.json.internal.CoreCodecs.CONTENT_MIX;
import static dev.socialplan.json.internal.CoreCodecs.CREATOR_PERMISSION;
import static dev.socialplan.json.internal.CoreCodecs.PLATFORM;
import static dev.socialplan.json.internal.CoreCodecs.PLATFORM_CATALOG;
import static dev.socialplan.json.internal.CoreCodecs.TIME_OF_WEEK_GRID;
import static dev.socialplan.json.internal.Scalars.BOOLEAN;
import static dev.socialplan.json.internal.Scalars.DAY_OF_WEEK;
import static dev.socialplan.json.internal.Scalars.DURATION;
import static dev.socialplan.json.internal.Scalars.INSTANT;
import static dev.socialplan.json.internal.Scalars.INT;
import static dev.socialplan.json.internal.Scalars.INTERVAL;
import static dev.socialplan.json.internal.Scalars.LOCAL_DATE;
import static dev.socialplan.json.internal.Scalars.LOCAL_DATE_RANGE;
import static dev.socialplan.json.internal.Scalars.LOCAL_DATE_TIME;
import static dev.socialplan.json.internal.Scalars.LOCAL_TIME;
import static dev.socialplan.json.internal.Scalars.STRING;
import static dev.socialplan.json.internal.Scalars.ZONE_ID;
import static dev.socialplan.json.internal.Scalars.enumOf;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.Link;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.OccurrenceOverride;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostSource;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.RecurringPost;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.approval.ApprovalMode;
import dev.socialplan.calendar.approval.ApprovalPolicy;
import dev.socialplan.calendar.approval.ApprovalTier;
import dev.socialplan.calendar.approval.ApprovalWorkflow;
import dev.socialplan.calendar.approval.AuditEntry;
import dev.socialplan.calendar.approval.WorkflowAction;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.RecurrencePattern;
import dev.socialplan.calendar.schedule.SlotPattern;
import dev.socialplan.calendar.schedule.TimeWindow;
import dev.socialplan.calendar.schedule.SlotBinding;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.calendar.scheduler.Evergreen;
import dev.socialplan.calendar.MixScope;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.calendar.scheduler.UnfilledReason;
import dev.socialplan.calendar.scheduler.UnfilledSlot;
import dev.socialplan.calendar.scheduler.UnplacedDraft;
import dev.socialplan.calendar.scheduler.UnplacedReason;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.time.Instant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The property tables of the calendar module's values. */
public final class CalendarCodecs {

  private CalendarCodecs() {}

  /** An absolute http(s) link, written exactly as parsed or tagged. */
  public static final Codec<Link> LINK =
      Scalars.text("an absolute http or https link (https://brand.example/spring)", Link::toString, Link::parse);

  /** A media item with alt text: its kind and the description. */
  private static final ObjectCodec<MediaItem> MEDIA_ITEM_OBJECT =
      ObjectCodec.define(
          "MediaItem",
          t -> {
            var kind = t.req("kind", enumOf(MediaKind.class), MediaItem::kind);
            var altText = t.opt("altText", STRING, MediaItem::altText);
            return v ->
                v.get(altText).isPresent()
                    ? MediaItem.of(v.get(kind), v.get(altText).get())
                    : MediaItem.of(v.get(kind));
          });

  private static final Codec<MediaKind> MEDIA_KIND = enumOf(MediaKind.class);

  /**
   * A media item: its kind alone ({@code "IMAGE"}) when it has no alt text, as documents written
   * before alt text have it, otherwise an object ({@code {"kind": "IMAGE", "altText": "..."}}).
   */
  public static final Codec<MediaItem> MEDIA_ITEM =
      new Codec<MediaItem>() {
        @Override
        public void write(MediaItem value, JsonGenerator out) {
          if (value.hasAltText()) {
            MEDIA_ITEM_OBJECT.write(value, out);
          } else {
            MEDIA_KIND.write(value.kind(), out);
          }
        }

        @Override
        public MediaItem read(JsonParser in, Reading reading) {
          if (in.currentToken() == JsonToken.VALUE_STRING) {
            return MediaItem.of(MEDIA_KIND.read(in, reading));
          }
          if (in.currentToken() == JsonToken.START_OBJECT) {
            return MEDIA_ITEM_OBJECT.read(in, reading);
          }
          throw Reading.wrongType(in, expected());
        }

        @Override
        public String expected() {
          return "a media kind or an object (MediaItem)";
        }
      };

  /** Where a post's content comes from: the brand, or a creator with or without permission. */
  public static final ObjectCodec<PostSource> POST_SOURCE =
      ObjectCodec.define(
          "PostSource",
          t -> {
            var ugc = t.req("userGenerated", BOOLEAN, PostSource::isUserGenerated);
            var creator = t.opt("creator", STRING, PostSource::creator);
            var permission = t.opt("permission", CREATOR_PERMISSION, PostSource::permission);
            return v -> {
              if (!v.get(ugc)) {
                if (v.get(creator).isPresent() || v.get(permission).isPresent()) {
                  throw new IllegalArgumentException(
                      "an original post has no creator or permission");
                }
                return PostSource.original();
              }
              String name =
                  v.get(creator)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "user-generated content needs its creator"));
              return v.get(permission).isPresent()
                  ? PostSource.userGenerated(name, v.get(permission).get())
                  : PostSource.userGenerated(name);
            };
          });

  /** What a post says and shows, shared by scheduled posts, drafts and overrides. */
  public static final ObjectCodec<PostContent> POST_CONTENT =
      ObjectCodec.define(
          "PostContent",
          t -> {
            var format = t.req("format", enumOf(PostFormat.class), PostContent::format);
            var purpose = t.req("purpose", enumOf(PostPurpose.class), PostContent::purpose);
            var pillar = t.opt("pillar", STRING, PostContent::pillar);
            var campaign = t.opt("campaign", STRING, PostContent::campaign);
            var text = t.dflt("text", STRING, PostContent::text);
            var hashtags = t.list("hashtags", STRING, PostContent::hashtags);
            var mentions = t.list("mentions", STRING, PostContent::mentions);
            var media = t.list("media", MEDIA_ITEM, PostContent::media);
            var firstComment = t.opt("firstComment", STRING, PostContent::firstComment);
            var threadParts = t.nonEmptyList("threadParts", STRING, PostContent::threadParts);
            var duration = t.opt("duration", DURATION, PostContent::duration);
            var source = t.dflt("source", POST_SOURCE, PostContent::source);
            var contentSource =
                t.dflt("contentSource", enumOf(ContentSource.class), PostContent::contentSource);
            var purposeDriven = t.dflt("purposeDriven", BOOLEAN, PostContent::purposeDriven);
            var announces = t.opt("announces", STRING, PostContent::announces);
            var linkAttachment = t.opt("linkAttachment", LINK, PostContent::linkAttachment);
            var paid = t.dflt("paid", BOOLEAN, PostContent::paid);
            return v -> {
              PostContent.Builder b =
                  PostContent.builder()
                      .format(v.get(format))
                      .purpose(v.get(purpose))
                      .pillar(v.get(pillar))
                      .campaign(v.get(campaign))
                      .hashtags(v.get(hashtags))
                      .mentions(v.get(mentions))
                      .media(v.get(media))
                      .firstComment(v.get(firstComment))
                      .threadParts(v.get(threadParts))
                      .duration(v.get(duration))
                      .announces(v.get(announces))
                      .linkAttachment(v.get(linkAttachment));
              v.get(text).ifPresent(b::text);
              v.get(paid).ifPresent(b::paid);
              v.get(source).ifPresent(b::source);
              v.get(contentSource).ifPresent(b::contentSource);
              v.get(purposeDriven).ifPresent(b::purposeDriven);
              return b.build();
            };
          });

  /** A scheduled post. */
  public static final ObjectCodec<ScheduledPost> SCHEDULED_POST =
      ObjectCodec.define(
          "ScheduledPost",
          t -> {
            var id = t.req("id", STRING, ScheduledPost::id);
            var platform = t.req("platform", PLATFORM, ScheduledPost::platform);
            var account = t.opt("account", STRING, ScheduledPost::account);
            var time = t.req("time", INSTANT, ScheduledPost::time);
            var content = t.req("content", POST_CONTENT, ScheduledPost::content);
            var status = t.dflt("status", enumOf(PostStatus.class), ScheduledPost::status);
            var priority = t.dflt("priority", INT, ScheduledPost::priority);
            return v -> {
              ScheduledPost.Builder b =
                  ScheduledPost.builder()
                      .id(v.get(id))
                      .platform(v.get(platform))
                      .account(v.get(account))
                      .time(v.get(time))
                      .content(v.get(content));
              v.get(status).ifPresent(b::status);
              v.get(priority).ifPresent(b::priority);
              return b.build();
            };
          });

  /** A content calendar: its zone and posts. */
  public static final ObjectCodec<ContentCalendar> CONTENT_CALENDAR =
      ObjectCodec.define(
          "ContentCalendar",
          t -> {
            var zone = t.req("zone", ZONE_ID, ContentCalendar::zone);
            var posts = t.list("posts", SCHEDULED_POST, ContentCalendar::posts);
            return v -> ContentCalendar.of(v.get(zone), v.get(posts));
          });

  /** How an evergreen draft is recycled. */
  public static final ObjectCodec<Evergreen> EVERGREEN =
      ObjectCodec.define(
          "Evergreen",
          t -> {
            var cooldown = t.req("cooldown", DURATION, Evergreen::cooldown);
            var maxRecycles = t.req("maxRecycles", INT, Evergreen::maxRecycles);
            var expiry = t.opt("expiry", INSTANT, Evergreen::expiry);
            var variants = t.list("textVariants", STRING, Evergreen::textVariants);
            return v -> {
              Evergreen rule =
                  Evergreen.of(v.get(cooldown), v.get(maxRecycles))
                      .withTextVariants(v.get(variants));
              return v.get(expiry).map(rule::withExpiry).orElse(rule);
            };
          });

  /** A draft waiting for a slot. */
  public static final ObjectCodec<Draft> DRAFT =
      ObjectCodec.define(
          "Draft",
          t -> {
            var id = t.req("id", STRING, Draft::id);
            var platform = t.req("platform", PLATFORM, Draft::platform);
            var account = t.opt("account", STRING, Draft::account);
            var window = t.opt("campaignWindow", INTERVAL, Draft::campaignWindow);
            var content = t.req("content", POST_CONTENT, Draft::content);
            var priority = t.dflt("priority", INT, Draft::priority);
            var evergreen = t.opt("evergreen", EVERGREEN, Draft::evergreen);
            return v -> {
              Draft.Builder b =
                  Draft.builder()
                      .id(v.get(id))
                      .platform(v.get(platform))
                      .account(v.get(account))
                      .campaignWindow(v.get(window))
                      .content(v.get(content))
                      .evergreen(v.get(evergreen));
              v.get(priority).ifPresent(b::priority);
              return b.build();
            };
          });

  /** A weekly slot: a day and a wall-clock time. */
  public static final ObjectCodec<WeeklySlot> WEEKLY_SLOT =
      ObjectCodec.define(
          "WeeklySlot",
          t -> {
            var day = t.req("day", DAY_OF_WEEK, WeeklySlot::day);
            var time = t.req("time", LOCAL_TIME, WeeklySlot::time);
            return v -> WeeklySlot.of(v.get(day), v.get(time));
          });

  /** Weekly slots. */
  public static final ObjectCodec<WeeklySlots> WEEKLY_SLOTS =
      ObjectCodec.define(
          "WeeklySlots",
          t -> {
            var slots = t.list("slots", WEEKLY_SLOT, WeeklySlots::slots);
            return v -> WeeklySlots.of(v.get(slots));
          });

  /** An RFC 5545 recurrence rule with its start. */
  public static final ObjectCodec<RecurrencePattern> RECURRENCE_PATTERN =
      ObjectCodec.define(
          "RecurrencePattern",
          t -> {
            var rule = t.req("rule", STRING, RecurrencePattern::rule);
            var start = t.req("start", LOCAL_DATE_TIME, RecurrencePattern::start);
            var exceptions =
                t.list("exceptionDates", LOCAL_DATE_TIME, RecurrencePattern::exceptionDates);
            var horizon = t.opt("horizon", LOCAL_DATE, RecurrencePattern::horizon);
            return v ->
                RecurrencePattern.builder()
                    .rule(v.get(rule))
                    .start(v.get(start))
                    .exceptionDates(v.get(exceptions))
                    .horizon(v.get(horizon))
                    .build();
          });

  /** A slot pattern: weekly slots or a recurrence rule, by "type". */
  public static final UnionCodec<SlotPattern> SLOT_PATTERN =
      UnionCodec.<SlotPattern>builder("SlotPattern", "type")
          .add("WEEKLY", WeeklySlots.class, WEEKLY_SLOTS)
          .add("RECURRENCE", RecurrencePattern.class, RECURRENCE_PATTERN)
          .build();

  /** A window of allowed posting times on a day. */
  public static final ObjectCodec<TimeWindow> TIME_WINDOW =
      ObjectCodec.define(
          "TimeWindow",
          t -> {
            var day = t.req("day", DAY_OF_WEEK, TimeWindow::day);
            var start = t.req("start", LOCAL_TIME, TimeWindow::start);
            var end = t.req("end", LOCAL_TIME, TimeWindow::end);
            return v -> TimeWindow.of(v.get(day), v.get(start), v.get(end));
          });

  /** A weekly slot bound to a pillar or purpose, as a schedule's bindings list it. */
  record BoundSlot(WeeklySlot slot, SlotBinding binding) {
    DayOfWeek day() {
      return slot.day();
    }

    LocalTime time() {
      return slot.time();
    }
  }

  /** Reads a binding from its two optional fields: exactly one must be there. */
  static SlotBinding binding(Optional<String> pillar, Optional<PostPurpose> purpose) {
    if (pillar.isPresent() == purpose.isPresent()) {
      throw new IllegalArgumentException(
          "a binding needs exactly one of pillar and purpose: pillar "
              + pillar.orElse("absent")
              + ", purpose "
              + purpose.map(Enum::name).orElse("absent"));
    }
    return pillar.isPresent() ? SlotBinding.pillar(pillar.get()) : SlotBinding.purpose(purpose.get());
  }

  /** A bound weekly slot: day, time, and its pillar or purpose. */
  public static final ObjectCodec<BoundSlot> BOUND_SLOT =
      ObjectCodec.define(
          "BoundSlot",
          t -> {
            var day = t.req("day", DAY_OF_WEEK, BoundSlot::day);
            var time = t.req("time", LOCAL_TIME, BoundSlot::time);
            var pillar = t.opt("pillar", STRING, b -> b.binding().pillar());
            var purpose = t.opt("purpose", enumOf(PostPurpose.class), b -> b.binding().purpose());
            return v ->
                new BoundSlot(
                    WeeklySlot.of(v.get(day), v.get(time)), binding(v.get(pillar), v.get(purpose)));
          });

  private static List<BoundSlot> boundSlots(PostingSchedule schedule) {
    List<BoundSlot> bound = new ArrayList<>();
    new TreeMap<>(schedule.bindings()).forEach((slot, binding) -> bound.add(new BoundSlot(slot, binding)));
    return bound;
  }

  /** A posting schedule. */
  public static final ObjectCodec<PostingSchedule> POSTING_SCHEDULE =
      ObjectCodec.define(
          "PostingSchedule",
          t -> {
            var platform = t.req("platform", PLATFORM, PostingSchedule::platform);
            var account = t.opt("account", STRING, PostingSchedule::account);
            var zone = t.req("zone", ZONE_ID, PostingSchedule::zone);
            var pattern = t.req("pattern", SLOT_PATTERN, PostingSchedule::pattern);
            var blackouts = t.list("blackouts", LOCAL_DATE_RANGE, PostingSchedule::blackouts);
            var windows = t.list("allowedWindows", TIME_WINDOW, PostingSchedule::allowedWindows);
            var spacing = t.dflt("minimumSpacing", DURATION, PostingSchedule::minimumSpacing);
            var maxPerDay = t.optInt("maxPostsPerDay", PostingSchedule::maxPostsPerDay);
            var bindings = t.list("bindings", BOUND_SLOT, CalendarCodecs::boundSlots);
            return v -> {
              PostingSchedule.Builder b =
                  PostingSchedule.builder()
                      .platform(v.get(platform))
                      .account(v.get(account))
                      .zone(v.get(zone))
                      .pattern(v.get(pattern))
                      .blackouts(v.get(blackouts))
                      .allowedWindows(v.get(windows))
                      .maxPostsPerDay(v.get(maxPerDay));
              v.get(spacing).ifPresent(b::minimumSpacing);
              v.get(bindings).forEach(bound -> b.putBinding(bound.slot(), bound.binding()));
              return b.build();
            };
          });

  /** A change to one occurrence of a recurring post; absent properties keep the template's. */
  public static final ObjectCodec<OccurrenceOverride> OCCURRENCE_OVERRIDE =
      ObjectCodec.define(
          "OccurrenceOverride",
          t -> {
            var time = t.opt("time", LOCAL_DATE_TIME, OccurrenceOverride::time);
            var content = t.opt("content", POST_CONTENT, OccurrenceOverride::content);
            var status = t.opt("status", enumOf(PostStatus.class), OccurrenceOverride::status);
            var priority = t.optInt("priority", OccurrenceOverride::priority);
            return v ->
                OccurrenceOverride.builder()
                    .time(v.get(time))
                    .content(v.get(content))
                    .status(v.get(status))
                    .priority(v.get(priority))
                    .build();
          });

  /** A recurring post: a template, its pattern, zone, overrides and skipped occurrences. */
  public static final ObjectCodec<RecurringPost> RECURRING_POST =
      ObjectCodec.define(
          "RecurringPost",
          t -> {
            var template = t.req("template", SCHEDULED_POST, RecurringPost::template);
            var pattern = t.req("pattern", RECURRENCE_PATTERN, RecurringPost::pattern);
            var zone = t.req("zone", ZONE_ID, RecurringPost::zone);
            var overrides =
                t.map(
                    "overrides",
                    KeyCodec.of(
                        Object::toString,
                        java.time.LocalDateTime::parse,
                        "an ISO-8601 local date-time"),
                    OCCURRENCE_OVERRIDE,
                    RecurringPost::overrides);
            var skips = t.list("skips", LOCAL_DATE_TIME, RecurringPost::skips);
            return v ->
                RecurringPost.builder()
                    .template(v.get(template))
                    .pattern(v.get(pattern))
                    .zone(v.get(zone))
                    .overrides(v.get(overrides))
                    .skips(v.get(skips))
                    .build();
          });

  /** A publishing channel: a platform, optionally one account on it. */
  public static final ObjectCodec<Channel> CHANNEL =
      ObjectCodec.define(
          "Channel",
          t -> {
            var platform = t.req("platform", PLATFORM, Channel::platform);
            var account = t.opt("account", STRING, Channel::account);
            return v ->
                v.get(account).isPresent()
                    ? Channel.of(v.get(platform), v.get(account).get())
                    : Channel.of(v.get(platform));
          });

  /** A channel's time-of-week weights, an entry of a scheduling request. */
  private record ChannelWeights(Channel channel, TimeOfWeekGrid weights) {}

  private static final ObjectCodec<ChannelWeights> CHANNEL_WEIGHTS =
      ObjectCodec.define(
          "ChannelWeights",
          t -> {
            var channel = t.req("channel", CHANNEL, ChannelWeights::channel);
            var weights = t.req("weights", TIME_OF_WEEK_GRID, ChannelWeights::weights);
            return v -> new ChannelWeights(v.get(channel), v.get(weights));
          });

  /** A target content mix over a rolling window of posts. */
  public static final ObjectCodec<RollingMix> ROLLING_MIX =
      ObjectCodec.define(
          "RollingMix",
          t -> {
            var mix = t.req("mix", CONTENT_MIX, RollingMix::mix);
            var window = t.reqInt("windowPosts", RollingMix::windowPosts);
            var scope = t.req("scope", enumOf(MixScope.class), RollingMix::scope);
            return v -> RollingMix.of(v.get(mix), v.get(window), v.get(scope));
          });

  /** A scheduling request. */
  public static final ObjectCodec<SchedulingRequest> SCHEDULING_REQUEST =
      ObjectCodec.define(
          "SchedulingRequest",
          t -> {
            var period = t.req("period", INTERVAL, SchedulingRequest::period);
            var zone = t.req("zone", ZONE_ID, SchedulingRequest::zone);
            var schedules = t.list("schedules", POSTING_SCHEDULE, SchedulingRequest::schedules);
            var drafts = t.list("drafts", DRAFT, SchedulingRequest::drafts);
            var existing = t.dflt("existing", CONTENT_CALENDAR, SchedulingRequest::existing);
            var weights =
                t.list(
                    "timeWeights",
                    CHANNEL_WEIGHTS,
                    r -> {
                      List<ChannelWeights> entries = new java.util.ArrayList<>();
                      r.timeWeights().forEach((c, g) -> entries.add(new ChannelWeights(c, g)));
                      return entries;
                    });
            var mix = t.opt("mix", ROLLING_MIX, SchedulingRequest::mix);
            return v -> {
              Map<Channel, TimeOfWeekGrid> grids = new LinkedHashMap<>();
              for (ChannelWeights entry : v.get(weights)) {
                if (grids.put(entry.channel(), entry.weights()) != null) {
                  throw new IllegalArgumentException(
                      "timeWeights repeats the channel " + entry.channel());
                }
              }
              SchedulingRequest.Builder b =
                  SchedulingRequest.builder()
                      .period(v.get(period))
                      .zone(v.get(zone))
                      .schedules(v.get(schedules))
                      .drafts(v.get(drafts))
                      .timeWeights(grids)
                      .mix(v.get(mix));
              v.get(existing).ifPresent(b::existing);
              return b.build();
            };
          });

  /** A draft the scheduler could not place, with why. */
  public static final ObjectCodec<UnplacedDraft> UNPLACED_DRAFT =
      ObjectCodec.define(
          "UnplacedDraft",
          t -> {
            var draft = t.req("draft", DRAFT, UnplacedDraft::draft);
            var reason = t.req("reason", enumOf(UnplacedReason.class), UnplacedDraft::reason);
            var explanation = t.req("explanation", STRING, UnplacedDraft::explanation);
            return v -> new UnplacedDraft(v.get(draft), v.get(reason), v.get(explanation));
          });

  /** A bound slot the scheduler left empty, with why. */
  public static final ObjectCodec<UnfilledSlot> UNFILLED_SLOT =
      ObjectCodec.define(
          "UnfilledSlot",
          t -> {
            var channel = t.req("channel", CHANNEL, UnfilledSlot::channel);
            var time = t.req("time", INSTANT, UnfilledSlot::time);
            var pillar = t.opt("pillar", STRING, u -> u.binding().pillar());
            var purpose = t.opt("purpose", enumOf(PostPurpose.class), u -> u.binding().purpose());
            var reason = t.req("reason", enumOf(UnfilledReason.class), UnfilledSlot::reason);
            var explanation = t.req("explanation", STRING, UnfilledSlot::explanation);
            return v ->
                new UnfilledSlot(
                    v.get(channel),
                    v.get(time),
                    binding(v.get(pillar), v.get(purpose)),
                    v.get(reason),
                    v.get(explanation));
          });

  /** A scheduling result. */
  public static final ObjectCodec<SchedulingResult> SCHEDULING_RESULT =
      ObjectCodec.define(
          "SchedulingResult",
          t -> {
            var calendar = t.req("calendar", CONTENT_CALENDAR, SchedulingResult::calendar);
            var placed = t.list("placed", SCHEDULED_POST, SchedulingResult::placed);
            var unplaced = t.list("unplaced", UNPLACED_DRAFT, SchedulingResult::unplaced);
            var recycled = t.list("recycled", SCHEDULED_POST, SchedulingResult::recycled);
            var unfilled = t.list("unfilled", UNFILLED_SLOT, SchedulingResult::unfilled);
            return v ->
                SchedulingResult.of(v.get(calendar), v.get(placed), v.get(unplaced))
                    .withRecycled(v.get(recycled))
                    .withUnfilled(v.get(unfilled));
          });

  /** An approval tier. */
  public static final ObjectCodec<ApprovalTier> APPROVAL_TIER =
      ObjectCodec.define(
          "ApprovalTier",
          t -> {
            var name = t.req("name", STRING, ApprovalTier::name);
            var mode = t.req("mode", enumOf(ApprovalMode.class), ApprovalTier::mode);
            var approvers = t.list("approvers", STRING, ApprovalTier::approvers);
            return v -> ApprovalTier.of(v.get(name), v.get(mode), v.get(approvers));
          });

  /** An approval policy: its tiers in order. */
  public static final ObjectCodec<ApprovalPolicy> APPROVAL_POLICY =
      ObjectCodec.define(
          "ApprovalPolicy",
          t -> {
            var tiers = t.list("tiers", APPROVAL_TIER, ApprovalPolicy::tiers);
            var selfApproval =
                t.dflt("selfApprovalAllowed", BOOLEAN, ApprovalPolicy::selfApprovalAllowed);
            return v -> new ApprovalPolicy(v.get(tiers), v.get(selfApproval).orElse(false));
          });

  /** An entry of an approval audit trail. */
  public static final ObjectCodec<AuditEntry> AUDIT_ENTRY =
      ObjectCodec.define(
          "AuditEntry",
          t -> {
            var actor = t.req("actor", STRING, AuditEntry::actor);
            var at = t.req("at", INSTANT, AuditEntry::at);
            var action = t.req("action", enumOf(WorkflowAction.class), AuditEntry::action);
            var from = t.req("fromStatus", enumOf(PostStatus.class), AuditEntry::fromStatus);
            var to = t.req("toStatus", enumOf(PostStatus.class), AuditEntry::toStatus);
            var comment = t.opt("comment", STRING, AuditEntry::comment);
            return v ->
                AuditEntry.builder()
                    .actor(v.get(actor))
                    .at(v.get(at))
                    .action(v.get(action))
                    .fromStatus(v.get(from))
                    .toStatus(v.get(to))
                    .comment(v.get(comment))
                    .build();
          });

  /**
   * An approval workflow, rebuilt by replaying its audit trail through the workflow's own
   * transitions (so a trail the workflow would not allow is refused). Reschedules are replayed
   * to the workflow's current planned time: the trail does not record intermediate times.
   */
  public static final ObjectCodec<ApprovalWorkflow> APPROVAL_WORKFLOW =
      ObjectCodec.define(
          "ApprovalWorkflow",
          t -> {
            var postId = t.req("postId", STRING, ApprovalWorkflow::postId);
            var policy = t.req("policy", APPROVAL_POLICY, ApprovalWorkflow::policy);
            var planned = t.req("plannedTime", INSTANT, ApprovalWorkflow::plannedTime);
            var status = t.req("status", enumOf(PostStatus.class), ApprovalWorkflow::status);
            var trail = t.list("trail", AUDIT_ENTRY, ApprovalWorkflow::trail);
            return v -> {
              Instant time = v.get(planned);
              ApprovalWorkflow w = ApprovalWorkflow.start(v.get(postId), time, v.get(policy));
              for (AuditEntry e : v.get(trail)) {
                w = replay(w, e, time);
              }
              if (w.status() != v.get(status) || !w.trail().equals(v.get(trail))) {
                throw new IllegalArgumentException(
                    "the trail does not lead to status " + v.get(status) + " (replayed: "
                        + w.status() + ")");
              }
              return w;
            };
          });

  private static ApprovalWorkflow replay(ApprovalWorkflow w, AuditEntry e, Instant planned) {
    String actor = e.actor();
    Instant at = e.at();
    String comment = e.comment().orElse("");
    switch (e.action()) {
      case SUBMIT:
        return w.submit(actor, at, comment);
      case APPROVE:
        return w.approve(actor, at, comment);
      case REQUEST_CHANGES:
        return w.requestChanges(actor, at, comment);
      case REJECT:
        return w.reject(actor, at, comment);
      case SCHEDULE:
        return w.schedule(actor, at, comment);
      case RESCHEDULE:
        return w.reschedule(actor, at, planned, comment);
      case PUBLISH:
        return w.publish(actor, at, comment);
      case FAIL:
        return w.fail(actor, at, comment);
      case CANCEL:
        return w.cancel(actor, at, comment);
      case EXPIRE:
        return w.expireIfDue(at);
      default:
        throw new IllegalArgumentException("unknown action " + e.action());
    }
  }

  /** A calendar with its schedules and rule inputs, as the calendar rules check it. */
  public static final ObjectCodec<PlannedCalendar> PLANNED_CALENDAR =
      ObjectCodec.define(
          "PlannedCalendar",
          t -> {
            var calendar = t.req("calendar", CONTENT_CALENDAR, PlannedCalendar::calendar);
            var schedules = t.list("schedules", POSTING_SCHEDULE, PlannedCalendar::schedules);
            var catalog = t.dflt("catalog", PLATFORM_CATALOG, PlannedCalendar::catalog);
            var mix = t.dflt("mix", ROLLING_MIX, PlannedCalendar::mix);
            var period = t.opt("period", INTERVAL, PlannedCalendar::period);
            return v -> {
              PlannedCalendar.Builder b =
                  PlannedCalendar.builder()
                      .calendar(v.get(calendar))
                      .schedules(v.get(schedules))
                      .period(v.get(period));
              v.get(catalog).ifPresent(b::catalog);
              v.get(mix).ifPresent(b::mix);
              return b.build();
            };
          });

  static void register(Registry.Sink sink) {
    sink.put(PostSource.class, POST_SOURCE);
    sink.put(PostContent.class, POST_CONTENT);
    sink.put(ScheduledPost.class, SCHEDULED_POST);
    sink.put(ContentCalendar.class, CONTENT_CALENDAR);
    sink.put(Draft.class, DRAFT);
    sink.put(Evergreen.class, EVERGREEN);
    sink.put(WeeklySlot.class, WEEKLY_SLOT);
    sink.put(WeeklySlots.class, WEEKLY_SLOTS);
    sink.put(RecurrencePattern.class, RECURRENCE_PATTERN);
    sink.put(SlotPattern.class, SLOT_PATTERN);
    sink.put(TimeWindow.class, TIME_WINDOW);
    sink.put(PostingSchedule.class, POSTING_SCHEDULE);
    sink.put(OccurrenceOverride.class, OCCURRENCE_OVERRIDE);
    sink.put(RecurringPost.class, RECURRING_POST);
    sink.put(Channel.class, CHANNEL);
    sink.put(RollingMix.class, ROLLING_MIX);
    sink.put(SchedulingRequest.class, SCHEDULING_REQUEST);
    sink.put(UnplacedDraft.class, UNPLACED_DRAFT);
    sink.put(UnfilledSlot.class, UNFILLED_SLOT);
    sink.put(SchedulingResult.class, SCHEDULING_RESULT);
    sink.put(ApprovalTier.class, APPROVAL_TIER);
    sink.put(ApprovalPolicy.class, APPROVAL_POLICY);
    sink.put(AuditEntry.class, AUDIT_ENTRY);
    sink.put(ApprovalWorkflow.class, APPROVAL_WORKFLOW);
    sink.put(PlannedCalendar.class, PLANNED_CALENDAR);
  }
}
