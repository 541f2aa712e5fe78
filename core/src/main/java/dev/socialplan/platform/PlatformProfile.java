package dev.socialplan.platform;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a planner needs to know about one platform: who uses it ({@link #reach()}), what it is good
 * at ({@link #strengths()}), which post formats it supports and the limits of each ({@link
 * #formats()}), how often to post ({@link #recommendedFrequencies()}), and where those facts come
 * from and when they were checked.
 *
 * <p>Platform facts change often, so every profile carries its {@link #sources()} and the date it
 * was {@link #checkedOn()}. {@link PlatformCatalog#standard()} ships profiles of the well-known
 * platforms; users build their own (for a platform such as {@code Platform.of("xiaohongshu")}) or
 * adjust a standard one with {@link #builder()}{@code .from(profile)} or the {@code with} methods,
 * and put it in a catalog with {@link PlatformCatalog#with(PlatformProfile)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlatformProfile {

  PlatformProfile() {}

  /**
   * Returns the platform this profile describes.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Returns who uses the platform, as a survey reports it.
   *
   * @return the reach, or empty when no survey covers the platform
   */
  public abstract Optional<AudienceReach> reach();

  /**
   * Returns what the platform is good at.
   *
   * @return the strengths, possibly empty
   */
  public abstract Set<Strength> strengths();

  /**
   * Returns the supported post formats with the limits of each.
   *
   * @return the limits by format; a format that is absent is not supported
   */
  public abstract Map<PostFormat, FormatLimits> formats();

  /**
   * Returns how often to post, as starting points; several may apply (by format, per day and per
   * week).
   *
   * @return the recommendations, possibly empty
   */
  public abstract List<PostingFrequency> recommendedFrequencies();

  /**
   * Returns where the facts of this profile come from, the main one first.
   *
   * @return the sources, at least one
   */
  public abstract List<Source> sources();

  /**
   * Returns the date the facts were last checked against their sources.
   *
   * @return the date checked
   */
  public abstract LocalDate checkedOn();

  /**
   * Returns remarks on the profile as a whole (Mastodon's limits are set per instance).
   *
   * @return the notes, possibly empty
   */
  public abstract List<String> notes();

  /**
   * Returns the kind of account the profile describes: {@link AccountTier#STANDARD} unless it
   * describes a paid subscription's limits (see {@link PlatformCatalog#withTier(Platform,
   * AccountTier)}).
   *
   * @return the account tier
   */
  @Value.Default
  public AccountTier tier() {
    return AccountTier.STANDARD;
  }

  /**
   * Obtains a profile with nothing but the platform, one source and the date checked; add the rest
   * with the {@code with} methods or {@link #builder()}.
   *
   * @param platform the platform
   * @param source where the facts come from
   * @param checkedOn the date the facts were checked
   * @return the profile
   */
  public static PlatformProfile of(Platform platform, Source source, LocalDate checkedOn) {
    return builder().platform(platform).addSource(source).checkedOn(checkedOn).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether the platform supports a post format.
   *
   * @param format the format
   * @return true if {@link #formats()} has it
   */
  public boolean supports(PostFormat format) {
    Checks.notNull(format, "format");
    return formats().containsKey(format);
  }

  /**
   * Returns the limits of a post format.
   *
   * @param format the format
   * @return the limits, or empty when the platform does not support the format
   */
  public Optional<FormatLimits> limits(PostFormat format) {
    Checks.notNull(format, "format");
    return Optional.ofNullable(formats().get(format));
  }

  /**
   * Returns the supported post formats in the order of {@link PostFormat}.
   *
   * @return the formats, unmodifiable
   */
  public Set<PostFormat> supportedFormats() {
    EnumSet<PostFormat> set = EnumSet.noneOf(PostFormat.class);
    set.addAll(formats().keySet());
    return Collections.unmodifiableSet(set);
  }

  /**
   * Tells whether the platform has a strength.
   *
   * @param strength the strength
   * @return true if {@link #strengths()} has it
   */
  public boolean hasStrength(Strength strength) {
    Checks.notNull(strength, "strength");
    return strengths().contains(strength);
  }

  /**
   * Returns the share of all surveyed adults who use the platform every day.
   *
   * @return the share, or empty when not reported
   */
  public Optional<Ratio> dailyUse() {
    return reach().flatMap(AudienceReach::dailyUse);
  }

  /**
   * Estimates the share of an audience segment who use the platform, from {@link #reach()}: see
   * {@link AudienceReach#estimate(int, int, double)} for the method. For the strategy guide's persona,
   * women in their 20s: {@code estimatedReach(20, 29, 1.0)}.
   *
   * @param fromAge the youngest age of the segment, zero or more
   * @param toAge the oldest age of the segment, not below {@code fromAge}
   * @param womenShare the fraction of the segment who are women, 0 to 1
   * @return the estimated share, or empty when the profile has no reach figures or the segment is
   *     entirely under 18
   * @throws IllegalArgumentException if an age is negative, the range is upside down, or the share
   *     is outside 0 to 1
   */
  public Optional<Ratio> estimatedReach(int fromAge, int toAge, double womenShare) {
    if (reach().isEmpty()) {
      AudienceReach.checkSegment(fromAge, toAge, womenShare);
      return Optional.empty();
    }
    return reach().get().estimate(fromAge, toAge, womenShare);
  }

  /**
   * Returns the posting recommendations that cover a format.
   *
   * @param format the format
   * @return the recommendations for that format or for every format, possibly empty
   */
  public List<PostingFrequency> frequenciesFor(PostFormat format) {
    Checks.notNull(format, "format");
    return recommendedFrequencies().stream()
        .filter(f -> f.appliesTo(format))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a copy that supports a format with the given limits, replacing any limits it had.
   *
   * @param format the format
   * @param limits its limits
   * @return the new profile
   */
  public PlatformProfile withFormat(PostFormat format, FormatLimits limits) {
    Checks.notNull(format, "format");
    Checks.notNull(limits, "limits");
    Map<PostFormat, FormatLimits> copy = new LinkedHashMap<>(formats());
    copy.put(format, limits);
    return builder().from(this).formats(copy).build();
  }

  /**
   * Returns a copy that does not support a format.
   *
   * @param format the format
   * @return the new profile, or this profile if it did not support the format
   */
  public PlatformProfile withoutFormat(PostFormat format) {
    Checks.notNull(format, "format");
    if (!supports(format)) {
      return this;
    }
    Map<PostFormat, FormatLimits> copy = new LinkedHashMap<>(formats());
    copy.remove(format);
    return builder().from(this).formats(copy).build();
  }

  /**
   * Returns a copy with other reach figures.
   *
   * @param reach who uses the platform
   * @return the new profile
   */
  public abstract PlatformProfile withReach(AudienceReach reach);

  /**
   * Returns a copy with other strengths.
   *
   * @param strengths the strengths
   * @return the new profile
   */
  public PlatformProfile withStrengths(Collection<Strength> strengths) {
    Checks.noNullElements(strengths, "strengths");
    return builder().from(this).strengths(strengths).build();
  }

  /**
   * Returns a copy with other posting recommendations.
   *
   * @param frequencies the recommendations
   * @return the new profile
   */
  public PlatformProfile withRecommendedFrequencies(Collection<PostingFrequency> frequencies) {
    Checks.noNullElements(frequencies, "frequencies");
    return builder().from(this).recommendedFrequencies(frequencies).build();
  }

  /**
   * Returns a copy checked on another date against the given sources.
   *
   * @param checkedOn the date the facts were checked
   * @param sources where the facts come from, at least one
   * @return the new profile
   */
  public PlatformProfile withCheckedOn(LocalDate checkedOn, Collection<Source> sources) {
    Checks.noNullElements(sources, "sources");
    return builder().from(this).checkedOn(checkedOn).sources(sources).build();
  }

  @Value.Check
  void check() {
    if (sources().isEmpty()) {
      throw new IllegalArgumentException(
          "sources must name at least one source for " + platform().id() + ": []");
    }
    for (int i = 0; i < notes().size(); i++) {
      Checks.nonBlank(notes().get(i), "notes[" + i + "]");
    }
  }

  /** Builds a {@link PlatformProfile}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutablePlatformProfile.Builder {
    Builder() {}
  }
}
