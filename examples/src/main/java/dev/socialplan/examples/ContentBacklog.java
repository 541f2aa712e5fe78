package dev.socialplan.examples;

import static dev.socialplan.content.PostPurpose.EDUCATE;
import static dev.socialplan.content.PostPurpose.ENTERTAIN;
import static dev.socialplan.content.PostPurpose.INFORM;
import static dev.socialplan.content.PostPurpose.PROMOTE;
import static dev.socialplan.platform.Platform.FACEBOOK;
import static dev.socialplan.platform.Platform.INSTAGRAM;
import static dev.socialplan.platform.Platform.TIKTOK;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostSource;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.calendar.scheduler.Evergreen;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.tactic.UgcRepost;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.Interval;

/**
 * The first four weeks of the plan, as the social media team would prepare them for the scheduler
 * (the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021), step 7): a posting schedule per platform, the live stream already fixed in the calendar,
 * and a backlog of drafts, one idea adapted to each platform rather than the same post everywhere
 * (the strategy guide, step 3).
 *
 * <p>Each week has a theme and seven ideas. Every idea becomes a TikTok short video and a Facebook
 * post; five of them also an Instagram post. About one idea in five promotes (the 80/20 rule). The
 * drafts of a week may only be placed in that week (their campaign window); the scheduler picks the
 * day and hour from the schedule's slots, preferring the better-rated hours of a time-of-week grid.
 */
final class ContentBacklog {
  private ContentBacklog() {}

  /** The four weeks: Monday 2 March to Sunday 29 March 2026, Taipei time. */
  static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 3, 2);

  static final int WEEKS = 4;

  static final ZoneId ZONE = ArticleScenario.TAIPEI;

  // ---------------------------------------------------------------------------------------------
  // Posting schedules: when each platform may post, at most once a day.
  // ---------------------------------------------------------------------------------------------

  /** Instagram: late morning or after the children are asleep, five days a week. */
  static final PostingSchedule INSTAGRAM_SCHEDULE =
      PostingSchedule.builder()
          .platform(INSTAGRAM)
          .zone(ZONE)
          .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(11, 30), LocalTime.of(21, 0)))
          .maxPostsPerDay(1)
          .build();

  /** Facebook: every day, at one of six hours. */
  static final PostingSchedule FACEBOOK_SCHEDULE =
      PostingSchedule.builder()
          .platform(FACEBOOK)
          .zone(ZONE)
          .pattern(
              WeeklySlots.on(
                  EnumSet.allOf(DayOfWeek.class),
                  LocalTime.of(9, 0),
                  LocalTime.of(11, 0),
                  LocalTime.of(12, 0),
                  LocalTime.of(13, 0),
                  LocalTime.of(20, 0),
                  LocalTime.of(21, 0)))
          .maxPostsPerDay(1)
          .build();

  /** TikTok: every day, lunch break, after work or late evening. */
  static final PostingSchedule TIKTOK_SCHEDULE =
      PostingSchedule.builder()
          .platform(TIKTOK)
          .zone(ZONE)
          .pattern(
              WeeklySlots.on(
                  EnumSet.allOf(DayOfWeek.class),
                  LocalTime.of(12, 30),
                  LocalTime.of(17, 0),
                  LocalTime.of(21, 30)))
          .maxPostsPerDay(1)
          .build();

  static final List<PostingSchedule> SCHEDULES =
      List.of(INSTAGRAM_SCHEDULE, FACEBOOK_SCHEDULE, TIKTOK_SCHEDULE);

  // ---------------------------------------------------------------------------------------------
  // The live stream, fixed in the calendar before scheduling (the plan's LiveStream tactic).
  // ---------------------------------------------------------------------------------------------

  static final String LIVE_ID = "live-spring-qa";

  static final String LIVE_CAMPAIGN = ArticleScenario.SPRING_LIVE.name();

  static final ScheduledPost LIVE =
      ScheduledPost.builder()
          .id(LIVE_ID)
          .platform(ArticleScenario.SPRING_LIVE.platform())
          .time(ArticleScenario.SPRING_LIVE.start().toInstant())
          .content(PostContent.builder()
              .duration(ArticleScenario.SPRING_LIVE.duration())
              .format(PostFormat.LIVE)
              .purpose(EDUCATE)
              .pillar(ArticleScenario.SELF_CARE.name())
              .campaign(LIVE_CAMPAIGN)
              .text("直播：媽媽的春季保養 Q&A，45 分鐘，現場回答妳的問題。")
              .build())
          .status(PostStatus.SCHEDULED)
          .build();

  // ---------------------------------------------------------------------------------------------
  // An evergreen post: published before the four weeks, recycled once its cooldown is over.
  // ---------------------------------------------------------------------------------------------

  static final String EVERGREEN_ID = "faq-postpartum-sleep";

  /** The evergreen post as it went out, the evening before the first Monday. */
  static final ScheduledPost EVERGREEN_PUBLISHED =
      ScheduledPost.builder()
          .id(EVERGREEN_ID)
          .platform(INSTAGRAM)
          .time(FIRST_MONDAY.minusDays(1).atTime(21, 0).atZone(ZONE).toInstant())
          .content(PostContent.builder()
              .format(PostFormat.IMAGE)
              .purpose(EDUCATE)
              .pillar(ArticleScenario.SELF_CARE.name())
              .text("產後睡不好？三個讓妳多睡一小時的小方法。")
              .addMedia(MediaKind.IMAGE)
              .build()
              .withAltText(0, "三張插圖：產後讓媽媽多睡一小時的三個小方法"))
          .status(PostStatus.PUBLISHED)
          .build();

  /**
   * The same post as an evergreen draft: once more, at least a week after it went out, with its
   * second text (MeetEdgar's advice: a new variation for each repeat).
   */
  static Draft evergreen() {
    return Draft.from(EVERGREEN_PUBLISHED)
        .withEvergreen(
            Evergreen.of(Duration.ofDays(7), 1).withTextVariants("再分享一次：產後睡眠的三個小方法，收藏起來慢慢看。"));
  }

  // ---------------------------------------------------------------------------------------------
  // The ideas, week by week.
  // ---------------------------------------------------------------------------------------------

  private static final ContentPillar SELF = ArticleScenario.SELF_CARE;
  private static final ContentPillar HACKS = ArticleScenario.LIFE_HACKS;
  private static final ContentPillar STORIES = ArticleScenario.REAL_STORIES;
  private static final ContentPillar PRODUCTS = ArticleScenario.PRODUCTS;

  private static final Set<Platform> ALL = Set.of(INSTAGRAM, FACEBOOK, TIKTOK);
  private static final Set<Platform> NOT_INSTAGRAM = Set.of(FACEBOOK, TIKTOK);
  private static final Set<Platform> ONLY_TIKTOK = Set.of(TIKTOK);

  private static final UgcRepost YUN = ArticleScenario.MOM_MOMENTS.reposts().get(0);
  private static final UgcRepost HSIN = ArticleScenario.MOM_MOMENTS.reposts().get(1);

  /** Week 1: the five-minute morning. */
  private static final List<Idea> WEEK_1 =
      List.of(
          idea(SELF, EDUCATE, PostFormat.VIDEO, ALL, "孩子起床前的五分鐘：洗臉、精華、防曬，三步驟搞定。"),
          idea(HACKS, EDUCATE, PostFormat.IMAGE, ALL, "前一晚備好早餐盒，早上多出十分鐘留給自己。"),
          idea(STORIES, ENTERTAIN, PostFormat.TEXT, ALL, "「媽媽，妳今天好香！」女兒的一句話讓我笑了一整天。"),
          idea(SELF, INFORM, PostFormat.IMAGE, ALL, "熬夜後的肌膚需要什麼？保濕比去角質更重要。"),
          idea(PRODUCTS, PROMOTE, PostFormat.IMAGE, ALL, "五分鐘晨間組上市：三瓶搞定早晨保養，首購九折。"),
          idea(HACKS, ENTERTAIN, PostFormat.TEXT, NOT_INSTAGRAM, "投票：妳的「媽媽時間」通常在一天的什麼時候？"),
          idea(STORIES, INFORM, PostFormat.TEXT, NOT_INSTAGRAM, "Lumi 媽媽互助圈本週主題：分享妳最省時的育兒小技巧。"));

  /** Week 2: skin that sleeps too little; the live stream is announced. */
  private static final List<Idea> WEEK_2 =
      List.of(
          idea(SELF, EDUCATE, PostFormat.VIDEO, ALL, "睡不到六小時？三個動作讓浮腫的眼周快速消退。"),
          idea(HACKS, EDUCATE, PostFormat.IMAGE, ALL, "一週晚餐備料表：週日一小時，平日每餐十五分鐘。"),
          idea(STORIES, ENTERTAIN, PostFormat.TEXT, ALL, "單親第三年，我學會的一件事：先照顧好自己。"),
          idea(PRODUCTS, PROMOTE, PostFormat.IMAGE, ALL, "夜間修護精華：睡前一分鐘，早上看得見的差別。"),
          idea(SELF, INFORM, PostFormat.TEXT, ALL, "3 月 20 日（五）晚上 8:30 直播：媽媽的春季保養 Q&A，先把問題留言給我們！")
              .announcingLive(),
          idea(PRODUCTS, PROMOTE, PostFormat.IMAGE, NOT_INSTAGRAM, "會員日：互助圈成員全品項八五折，只到週日。"),
          idea(HACKS, ENTERTAIN, PostFormat.TEXT, NOT_INSTAGRAM, "小測驗：妳是哪一種忙碌媽媽？答案在留言區。"));

  /** Week 3: live stream week (Friday 20 March, 20:30 on Facebook). */
  private static final List<Idea> WEEK_3 =
      List.of(
          idea(SELF, EDUCATE, PostFormat.VIDEO, ALL, "換季敏感肌：洗臉的水溫比妳想的更重要。"),
          idea(STORIES, ENTERTAIN, PostFormat.IMAGE, ALL, "互助圈裡的每一則溫暖留言，我們都讀了。謝謝妳們。"),
          idea(HACKS, EDUCATE, PostFormat.TEXT, ALL, "孩子生病請假時，五個讓自己撐下去的小方法。"),
          idea(SELF, INFORM, PostFormat.TEXT, ALL, "明晚 8:30 直播見！把妳最想問的保養問題留言給我們。")
              .announcingLive()
              .on(LocalDate.of(2026, 3, 19)),
          idea(PRODUCTS, PROMOTE, PostFormat.IMAGE, ALL, "直播限定：晨間組加夜間精華的組合價，只到週日。")
              .afterLive(),
          idea(HACKS, ENTERTAIN, PostFormat.TEXT, ONLY_TIKTOK, "投票：直播之後，妳最想先試哪一招？"),
          idea(STORIES, INFORM, PostFormat.TEXT, NOT_INSTAGRAM, "直播重點整理：五個問題，五個答案。").afterLive());

  /** Week 4: real mothers' stories, reposted with the creators' permission. */
  private static final List<Idea> WEEK_4 =
      List.of(
          idea(STORIES, ENTERTAIN, PostFormat.IMAGE, ALL, "一手抱孩子、一手擦防曬：@yun.and.little.bao 的早晨。")
              .reposting(YUN),
          idea(SELF, EDUCATE, PostFormat.VIDEO, ALL, "五分鐘晚間卸妝法，給累到不想動的夜晚。"),
          idea(HACKS, INFORM, PostFormat.TEXT, NOT_INSTAGRAM, "單親家庭可以申請的補助，一次整理給妳。"),
          idea(STORIES, ENTERTAIN, PostFormat.IMAGE, ALL, "@mama_hsin：「這是我三年來第一次好好擦乳液。」")
              .reposting(HSIN),
          idea(PRODUCTS, PROMOTE, PostFormat.IMAGE, ALL, "用 #LumiMomMoment 分享妳的五分鐘，抽三位送晨間組。"),
          idea(SELF, INFORM, PostFormat.IMAGE, ALL, "防曬要擦多少？一元硬幣大小剛剛好。"),
          idea(PRODUCTS, PROMOTE, PostFormat.TEXT, NOT_INSTAGRAM, "四月預告：跟著微網紅媽媽們一起試用晨間組。"));

  static final List<List<Idea>> WEEKS_OF_IDEAS = List.of(WEEK_1, WEEK_2, WEEK_3, WEEK_4);

  // ---------------------------------------------------------------------------------------------
  // From ideas to drafts, and the request to the scheduler.
  // ---------------------------------------------------------------------------------------------

  /** The four weeks as an interval, Monday 00:00 to Monday 00:00, Taipei time. */
  static Interval period() {
    return Interval.of(start(0), start(WEEKS));
  }

  static Instant start(int week) {
    return FIRST_MONDAY.plusWeeks(week).atStartOfDay(ZONE).toInstant();
  }

  /** Every draft of the four weeks. */
  static List<Draft> drafts() {
    List<Draft> drafts = new ArrayList<>();
    for (int w = 0; w < WEEKS; w++) {
      List<Idea> ideas = WEEKS_OF_IDEAS.get(w);
      for (int i = 0; i < ideas.size(); i++) {
        Idea idea = ideas.get(i);
        for (Platform p : List.of(INSTAGRAM, FACEBOOK, TIKTOK)) {
          if (idea.platforms.contains(p)) {
            drafts.add(idea.draft("w" + (w + 1) + "-" + (i + 1) + "-" + p.id(), p, w));
          }
        }
      }
    }
    return drafts;
  }

  /**
   * The request to the scheduler: the four weeks, the three schedules, the backlog, the live stream
   * already in the calendar, an evergreen post published before the four weeks (recycled once), the 80/20 mix over every ten posts of a platform, and a time-of-week
   * grid per platform.
   */
  static SchedulingRequest request(Map<Platform, TimeOfWeekGrid> timeWeights) {
    SchedulingRequest.Builder request =
        SchedulingRequest.builder()
            .period(period())
            .zone(ZONE)
            .addAllSchedules(SCHEDULES)
            .addAllDrafts(drafts())
            .addDrafts(evergreen())
            .existing(ContentCalendar.of(ZONE, LIVE, EVERGREEN_PUBLISHED))
            .mix(RollingMix.of(ArticleScenario.CONTENT.mix()));
    timeWeights.forEach(request::putTimeWeight);
    return request.build();
  }

  private static Idea idea(
      ContentPillar pillar, PostPurpose purpose, PostFormat facebookFormat, Set<Platform> on, String text) {
    return new Idea(pillar, purpose, facebookFormat, on, text, false, Optional.empty(), Optional.empty(), false);
  }

  /** One idea of a week, adapted to each platform it goes to. */
  static final class Idea {
    final ContentPillar pillar;
    final PostPurpose purpose;
    final PostFormat facebookFormat;
    final Set<Platform> platforms;
    final String text;
    final boolean announcesLive;
    final Optional<LocalDate> day;
    final Optional<UgcRepost> repost;
    final boolean afterLive;

    private Idea(
        ContentPillar pillar,
        PostPurpose purpose,
        PostFormat facebookFormat,
        Set<Platform> platforms,
        String text,
        boolean announcesLive,
        Optional<LocalDate> day,
        Optional<UgcRepost> repost,
        boolean afterLive) {
      this.pillar = pillar;
      this.purpose = purpose;
      this.facebookFormat = facebookFormat;
      this.platforms = platforms;
      this.text = text;
      this.announcesLive = announcesLive;
      this.day = day;
      this.repost = repost;
      this.afterLive = afterLive;
    }

    /** The posts announce the live stream (the calendar rules look for such a post). */
    Idea announcingLive() {
      return new Idea(pillar, purpose, facebookFormat, platforms, text, true, day, repost, afterLive);
    }

    /** The posts must go out on this day. */
    Idea on(LocalDate date) {
      return new Idea(pillar, purpose, facebookFormat, platforms, text, announcesLive, Optional.of(date), repost, afterLive);
    }

    /** The posts repost a mother's own post, with her permission (the plan's UGC programme). */
    Idea reposting(UgcRepost ugc) {
      return new Idea(pillar, purpose, facebookFormat, platforms, text, announcesLive, day, Optional.of(ugc), afterLive);
    }

    /** The posts follow the live stream. */
    Idea afterLive() {
      return new Idea(pillar, purpose, facebookFormat, platforms, text, announcesLive, day, repost, true);
    }

    Draft draft(String id, Platform platform, int week) {
      Draft.Builder draft = Draft.builder().id(id).platform(platform).campaignWindow(window(week));
      PostContent.Builder content = PostContent.builder().purpose(purpose).pillar(pillar.name());
      if (platform.equals(INSTAGRAM)) {
        instagram(content);
      } else if (platform.equals(FACEBOOK)) {
        facebook(content);
      } else {
        tiktok(content);
      }
      if (announcesLive || afterLive) {
        content.campaign(LIVE_CAMPAIGN);
      }
      if (day.isPresent() || afterLive) {
        // Few slots fit these drafts: place them before the drafts that may go any day of the week.
        draft.priority(1);
      }
      if (announcesLive) {
        content.announces(LIVE_ID);
      }
      repost.ifPresent(
          r ->
              content.source(
                  r.permission()
                      .map(p -> PostSource.userGenerated(r.creator(), p))
                      .orElse(PostSource.userGenerated(r.creator()))));
      return draft.content(content.build()).build();
    }

    /** Instagram: a Reel for video ideas, an image otherwise; the brand's hashtags. */
    private void instagram(PostContent.Builder draft) {
      boolean video = facebookFormat == PostFormat.VIDEO;
      draft
          .format(video ? PostFormat.SHORT_VIDEO : PostFormat.IMAGE)
          .text(text)
          .addHashtags("單親媽媽", "五分鐘保養")
          .addMedia(described(video ? MediaKind.VIDEO : MediaKind.IMAGE));
      if (video) {
        draft.duration(Duration.ofSeconds(30));
      }
      if (repost.isPresent()) {
        draft.addHashtags("LumiMomMoment");
      }
    }

    /** Facebook: longer text that invites the group to answer. */
    private void facebook(PostContent.Builder draft) {
      String ask = purpose == PROMOTE ? " 連結在留言。" : " 媽媽們，妳們怎麼做？留言分享。";
      draft.format(facebookFormat).text(text + ask);
      if (facebookFormat == PostFormat.IMAGE) {
        draft.addMedia(described(MediaKind.IMAGE));
      } else if (facebookFormat == PostFormat.VIDEO) {
        draft.addMedia(described(MediaKind.VIDEO)).duration(Duration.ofSeconds(60));
      }
    }

    /** TikTok: every idea as a 30-second vertical video with a hook. */
    private void tiktok(PostContent.Builder draft) {
      draft
          .format(PostFormat.SHORT_VIDEO)
          .text("30 秒看懂｜" + text)
          .addHashtags("媽媽日常", "晨間保養")
          .addMedia(described(MediaKind.VIDEO))
          .duration(Duration.ofSeconds(30));
    }

    /** The week, the given day, or the rest of the week after the live stream. */
    private Interval window(int week) {
      if (day.isPresent()) {
        return Interval.of(
            day.get().atStartOfDay(ZONE).toInstant(), day.get().plusDays(1).atStartOfDay(ZONE).toInstant());
      }
      if (afterLive) {
        ZonedDateTime end = ArticleScenario.SPRING_LIVE.end();
        return Interval.of(end.toInstant(), start(week + 1));
      }
      return Interval.of(start(week), start(week + 1));
    }
  }

  /** A media item with the sample's alt text for its kind (every sample image and video has one). */
  private static MediaItem described(MediaKind kind) {
    return MediaItem.of(
        kind,
        kind == MediaKind.VIDEO
            ? "影片（附字幕）：五分鐘晨間保養，一步一步示範"
            : "一位媽媽在浴室鏡前擦精華液，女兒在旁邊看");
  }
}
