package dev.socialplan.testkit.samples;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Simulates what a calendar's posts record once published: one {@link PerformanceRecord} per post,
 * drawn from a seeded {@link Random} so that the same calendar, accounts and seed give the same
 * records on every JVM.
 *
 * <p>{@link Random}'s algorithm is specified in its Javadoc, including {@code nextGaussian}, and all
 * arithmetic here uses {@link StrictMath}, so the numbers do not depend on the machine.
 *
 * <p>The model, per post: the account's followers on the publish day grow linearly from the first
 * post's day; reach is followers × the account's reach rate × a factor for the format (short video
 * travels furthest) × log-normal noise, boosted for paid posts; impressions exceed reach by 10–50 %;
 * engagements are reach × the account's engagement rate × noise, split into reactions, comments,
 * shares and saves; clicks and conversions are higher for promotional posts; video formats have
 * views, starts and completions. Missing is not zero: counts the platform does not report per post
 * are missing (saves on Facebook, reactions on Google Business Profile), clicks where organic posts
 * carry no link (unless the post is paid), video counts on posts without video, conversions and
 * revenue where clicks are missing, and about one post in eight misses one more count, as exports
 * do. Only published posts have records.
 */
final class SimulatedPerformance {

  /**
   * How one account performs.
   *
   * @param followersAtStart followers on the first post's day
   * @param followersPerDay followers gained a day
   * @param reachRate the share of followers an image post reaches
   * @param reachSpread the standard deviation of the log of reach (how heavy the tail is)
   * @param engagementRate engagements per person reached
   * @param unreported the counts the platform does not report per post; {@link Measure#CLICKS}
   *     here means organic posts carry no counted link (paid posts still report clicks)
   */
  record Account(
      long followersAtStart,
      double followersPerDay,
      double reachRate,
      double reachSpread,
      double engagementRate,
      Set<Measure> unreported) {}

  private final Map<Platform, Account> accounts;
  private final Map<Platform, Money> spendPerPaidPost;
  private final CurrencyUnit currency;
  private final Optional<Money> valuePerConversion;
  private final double conversionRate;
  private final long seed;

  /**
   * Creates a simulation.
   *
   * @param accounts the account of each platform of the calendar
   * @param spendPerPaidPost what boosting one promotional post costs, for each platform whose
   *     promotional feed posts are boosted (stories never are)
   * @param currency the currency of every amount
   * @param valuePerConversion the revenue of one conversion, or empty when conversions (leads) have
   *     no revenue recorded against them
   * @param conversionRate conversions per click of a promotional post
   * @param seed the random seed
   */
  SimulatedPerformance(
      Map<Platform, Account> accounts,
      Map<Platform, Money> spendPerPaidPost,
      CurrencyUnit currency,
      Optional<Money> valuePerConversion,
      double conversionRate,
      long seed) {
    this.accounts = Map.copyOf(accounts);
    this.spendPerPaidPost = Map.copyOf(spendPerPaidPost);
    this.currency = currency;
    this.valuePerConversion = valuePerConversion;
    this.conversionRate = conversionRate;
    this.seed = seed;
  }

  /**
   * Simulates the records of every published post of a calendar whose platform has an account, in
   * time order.
   *
   * @param calendar the calendar
   * @return the records
   */
  List<PerformanceRecord> records(ContentCalendar calendar) {
    Random random = new Random(seed);
    List<PerformanceRecord> out = new ArrayList<>(calendar.size());
    LocalDate first =
        calendar.first().map(p -> p.time().atZone(calendar.zone()).toLocalDate()).orElse(LocalDate.MIN);
    for (ScheduledPost post : calendar) {
      Account account = accounts.get(post.platform());
      if (account != null && post.status() == PostStatus.PUBLISHED) {
        long days = ChronoUnit.DAYS.between(first, post.time().atZone(calendar.zone()).toLocalDate());
        out.add(record(post, account, days, random));
      }
    }
    return List.copyOf(out);
  }

  private PerformanceRecord record(ScheduledPost post, Account account, long days, Random random) {
    boolean promotional = post.content().purpose().isPromotional();
    Money boost = spendPerPaidPost.get(post.platform());
    boolean paid = promotional && boost != null && post.content().format() != PostFormat.STORY;
    boolean video = isVideo(post.content().format());
    long followers = Math.round(account.followersAtStart() + account.followersPerDay() * days);
    double reachShare =
        account.reachRate()
            * formatFactor(post.content().format())
            * noise(random, account.reachSpread())
            * (paid ? 3.0 : 1.0);
    long reach = Math.max(1, Math.round(followers * reachShare));
    long impressions = Math.round(reach * (1.1 + 0.4 * random.nextDouble()));
    double engagements = reach * account.engagementRate() * noise(random, 0.3);
    PerformanceRecord.Builder b =
        PerformanceRecord.builder()
            .postId(post.id())
            .platform(post.platform())
            .publishedAt(post.time())
            .format(post.content().format())
            .purpose(post.content().purpose())
            .paid(paid)
            .followers(followers)
            .impressions(impressions)
            .reach(reach)
            .reactions(Math.round(engagements * 0.8))
            .comments(Math.round(engagements * (promotional ? 0.04 : 0.09) * noise(random, 0.4)))
            .shares(Math.round(engagements * 0.05 * noise(random, 0.5)))
            .saves(Math.round(engagements * 0.1 * noise(random, 0.5)))
            .follows(Math.round(reach * 0.002 * noise(random, 0.5)))
            .spend(paid ? boost : Money.zero(currency));
    if (video) {
      long views = reach + Math.round((impressions - reach) * random.nextDouble());
      double completion = post.content().format() == PostFormat.SHORT_VIDEO ? 0.3 : 0.08;
      b.views(views)
          .videoStarts(views)
          .videoCompletions(Math.min(views, Math.round(views * completion * noise(random, 0.2))));
    }
    if (!account.unreported().contains(Measure.CLICKS) || paid) {
      long clicks =
          Math.min(impressions, Math.round(reach * (promotional ? 0.015 : 0.004) * noise(random, 0.4)));
      long conversions =
          Math.round(clicks * conversionRate * (promotional ? 1.0 : 0.3) * noise(random, 0.3));
      b.clicks(clicks).conversions(conversions);
      valuePerConversion.ifPresent(v -> b.revenue(v.multipliedBy(conversions)));
    }
    for (Measure measure : account.unreported()) {
      if (measure != Measure.CLICKS) {
        b.missing(measure);
      }
    }
    if (random.nextInt(8) == 0) {
      switch (random.nextInt(3)) {
        case 0 -> b.missing(Measure.SHARES);
        case 1 -> b.missing(Measure.COMMENTS);
        default -> b.missing(Measure.FOLLOWS);
      }
    }
    return b.build();
  }

  private static boolean isVideo(PostFormat format) {
    return format == PostFormat.SHORT_VIDEO
        || format == PostFormat.VIDEO
        || format == PostFormat.LONG_VIDEO
        || format == PostFormat.LIVE;
  }

  private static double formatFactor(PostFormat format) {
    switch (format) {
      case SHORT_VIDEO:
        return 1.8;
      case CAROUSEL:
        return 1.2;
      case DOCUMENT:
        return 1.3;
      case VIDEO:
      case LONG_VIDEO:
        return 1.1;
      case LIVE:
        return 0.6;
      case STORY:
        return 0.5;
      case TEXT:
      case POLL:
        return 0.8;
      default:
        return 1.0;
    }
  }

  /** Log-normal noise with mean 1: exp(σ·Z − σ²/2). */
  private static double noise(Random random, double sigma) {
    return StrictMath.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
  }
}
