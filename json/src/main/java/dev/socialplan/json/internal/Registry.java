package dev.socialplan.json.internal;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.GenerationMix;
import dev.socialplan.audience.IncomeBand;
import dev.socialplan.audience.Persona;
import dev.socialplan.audience.Region;
import dev.socialplan.audience.WeightedPersona;
import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.MultiCurrencyAmount;
import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Handle;
import dev.socialplan.competition.SocialPresence;
import dev.socialplan.competition.Swot;
import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.content.KeywordSet;
import dev.socialplan.content.MixSlice;
import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.GrowthReference;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.Ratio;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.AspectRatio;
import dev.socialplan.platform.AspectRatioRange;
import dev.socialplan.platform.AudienceReach;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostingFrequency;
import dev.socialplan.platform.Source;
import dev.socialplan.platform.TextLimit;
import dev.socialplan.tactic.CreatorPermission;
import dev.socialplan.tactic.Influencer;
import dev.socialplan.tactic.Tactic;
import dev.socialplan.tactic.TierBand;
import dev.socialplan.tactic.TierScheme;
import dev.socialplan.tactic.UgcRepost;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * Every type with a JSON form, by its public type. A value is found by its runtime class's
 * nearest registered supertype (the generated implementations are subclasses).
 */
public final class Registry {

  private static final Map<Class<?>, Codec<?>> CODECS = new LinkedHashMap<>();

  private static <T> void put(Class<T> type, Codec<? extends T> codec) {
    CODECS.put(type, codec);
  }

  static {
    put(Money.class, Scalars.MONEY);
    put(LocalDateRange.class, Scalars.LOCAL_DATE_RANGE);
    put(Interval.class, Scalars.INTERVAL);
    put(Platform.class, CoreCodecs.PLATFORM);
    put(MetricKind.class, CoreCodecs.METRIC);
    put(Ratio.class, CoreCodecs.RATIO);
    put(Target.class, CoreCodecs.TARGET);
    put(GrowthReference.class, CoreCodecs.GROWTH_REFERENCE);
    put(Goal.class, CoreCodecs.GOAL);
    put(BusinessObjective.class, CoreCodecs.BUSINESS_OBJECTIVE);
    put(Brand.class, CoreCodecs.BRAND);
    put(PlatformChoice.class, CoreCodecs.PLATFORM_CHOICE);
    put(AgeRange.class, CoreCodecs.AGE_RANGE);
    put(GenderMix.class, CoreCodecs.GENDER_MIX);
    put(IncomeBand.class, CoreCodecs.INCOME_BAND);
    put(Region.class, CoreCodecs.REGION);
    put(Persona.class, CoreCodecs.PERSONA);
    put(WeightedPersona.class, CoreCodecs.WEIGHTED_PERSONA);
    put(Audience.class, CoreCodecs.AUDIENCE);
    put(GenerationMix.class, CoreCodecs.GENERATION_MIX);
    put(Source.class, CoreCodecs.SOURCE);
    put(TextLimit.class, CoreCodecs.TEXT_LIMIT);
    put(AspectRatio.class, CoreCodecs.ASPECT_RATIO);
    put(AspectRatioRange.class, CoreCodecs.ASPECT_RATIO_RANGE);
    put(FormatLimits.class, CoreCodecs.FORMAT_LIMITS);
    put(PostingFrequency.class, CoreCodecs.POSTING_FREQUENCY);
    put(AudienceReach.class, CoreCodecs.AUDIENCE_REACH);
    put(PlatformProfile.class, CoreCodecs.PLATFORM_PROFILE);
    put(PlatformCatalog.class, CoreCodecs.PLATFORM_CATALOG);
    put(Handle.class, CoreCodecs.HANDLE);
    put(SocialPresence.class, CoreCodecs.SOCIAL_PRESENCE);
    put(Swot.class, CoreCodecs.SWOT);
    put(Competitor.class, CoreCodecs.COMPETITOR);
    put(MultiCurrencyAmount.class, CoreCodecs.MULTI_CURRENCY_AMOUNT);
    put(Allocation.class, CoreCodecs.ALLOCATION);
    put(Budget.class, CoreCodecs.BUDGET);
    put(ContentPillar.class, CoreCodecs.CONTENT_PILLAR);
    put(MixSlice.class, CoreCodecs.MIX_SLICE);
    put(ContentMix.class, CoreCodecs.CONTENT_MIX);
    put(ContentKind.class, CoreCodecs.CONTENT_KIND);
    put(KeywordSet.class, CoreCodecs.KEYWORD_SET);
    put(CreatorPermission.class, CoreCodecs.CREATOR_PERMISSION);
    put(UgcRepost.class, CoreCodecs.UGC_REPOST);
    put(Influencer.class, CoreCodecs.INFLUENCER);
    put(TierBand.class, CoreCodecs.TIER_BAND);
    put(TierScheme.class, CoreCodecs.TIER_SCHEME);
    put(Tactic.class, CoreCodecs.TACTIC);
    put(ContentStrategy.class, CoreCodecs.CONTENT_STRATEGY);
    put(StrategyPlan.class, CoreCodecs.STRATEGY_PLAN);
    put(TimeOfWeek.class, CoreCodecs.TIME_OF_WEEK);
    put(TimeOfWeekGrid.class, CoreCodecs.TIME_OF_WEEK_GRID);
    CalendarCodecs.register(Registry::put);
    AnalyticsCodecs.register(Registry::put);
    ReportCodecs.register(Registry::put);
    ResultCodecs.register(Registry::put);
  }

  /** Adds codecs to the registry while it is built. */
  @FunctionalInterface
  interface Sink {
    <T> void put(Class<T> type, Codec<? extends T> codec);
  }

  private static final ClassValue<Optional<Codec<?>>> BY_RUNTIME_CLASS =
      new ClassValue<>() {
        @Override
        protected Optional<Codec<?>> computeValue(Class<?> type) {
          return Optional.ofNullable(find(type));
        }
      };

  private Registry() {}

  private static @Nullable Codec<?> find(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Codec<?> codec = CODECS.get(c);
      if (codec != null) {
        return codec;
      }
      for (Class<?> i : c.getInterfaces()) {
        Codec<?> forInterface = find(i);
        if (forInterface != null) {
          return forInterface;
        }
      }
    }
    return null;
  }

  /**
   * Returns the codec of a type or of its nearest registered supertype.
   *
   * @param type the class
   * @param <T> the type
   * @return the codec, empty when the type has no JSON form
   */
  @SuppressWarnings("unchecked")
  public static <T> Optional<Codec<T>> codec(Class<T> type) {
    return BY_RUNTIME_CLASS.get(type).map(c -> (Codec<T>) c);
  }

  /**
   * Returns the registered public types.
   *
   * @return the types, in registration order, unmodifiable
   */
  public static Map<Class<?>, Codec<?>> all() {
    return Collections.unmodifiableMap(CODECS);
  }
}
