package dev.socialplan.platform;

import dev.socialplan.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A set of {@link PlatformProfile}s, at most one per platform: what a planner knows about the
 * platforms it can choose from.
 *
 * <p>{@link #standard()} holds the facts of socialplan's platform reference (limits, reach,
 * strengths and posting frequencies of the well-known platforms, checked 2026-11-01). Limits change
 * often: users replace or add profiles without forking the library, {@code
 * PlatformCatalog.standard().with(myInstagramProfile).with(xiaohongshuProfile)}, or build their own
 * catalog with {@link #of(Collection)}.
 *
 * <p>Profiles keep the order in which they were added; {@link #with(PlatformProfile)} replaces a
 * profile in place. Two catalogs are equal when they hold equal profiles, in any order. This class
 * is immutable and thread-safe.
 */
public final class PlatformCatalog {

  private static final PlatformCatalog EMPTY = new PlatformCatalog(Map.of());

  private final Map<Platform, PlatformProfile> profiles;

  private PlatformCatalog(Map<Platform, PlatformProfile> profiles) {
    this.profiles = profiles;
  }

  /**
   * Returns the catalog of the well-known platforms with the facts of socialplan's platform
   * reference, each profile dated and sourced. See {@code StandardCatalog} in the sources for every
   * fact, its source and where sources disagree.
   *
   * <p>It profiles X, Instagram (feed, Reels, Stories), Facebook, LinkedIn, TikTok, YouTube,
   * Pinterest, Threads, Bluesky, Snapchat, Google Business Profile and Mastodon, and gives WhatsApp
   * and Reddit their reach figures only.
   *
   * @return the standard catalog
   */
  public static PlatformCatalog standard() {
    return StandardCatalog.CATALOG;
  }

  /**
   * Returns the catalog without profiles.
   *
   * @return the empty catalog
   */
  public static PlatformCatalog empty() {
    return EMPTY;
  }

  /**
   * Obtains a catalog of the given profiles, in their order.
   *
   * @param profiles the profiles, at most one per platform
   * @return the catalog
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalArgumentException if two profiles describe the same platform
   */
  public static PlatformCatalog of(Collection<PlatformProfile> profiles) {
    Checks.noNullElements(profiles, "profiles");
    Map<Platform, PlatformProfile> map = new LinkedHashMap<>();
    for (PlatformProfile profile : profiles) {
      if (map.putIfAbsent(profile.platform(), profile) != null) {
        throw new IllegalArgumentException(
            "profiles must hold at most one profile per platform: "
                + profile.platform().id()
                + " appears twice");
      }
    }
    return new PlatformCatalog(Collections.unmodifiableMap(map));
  }

  /**
   * Returns the profile of a platform.
   *
   * @param platform the platform
   * @return its profile, or empty when the catalog has none
   */
  public Optional<PlatformProfile> profile(Platform platform) {
    Checks.notNull(platform, "platform");
    return Optional.ofNullable(profiles.get(platform));
  }

  /**
   * Tells whether the catalog has a profile of a platform.
   *
   * @param platform the platform
   * @return true if it has one
   */
  public boolean contains(Platform platform) {
    Checks.notNull(platform, "platform");
    return profiles.containsKey(platform);
  }

  /**
   * Returns every profile, in the catalog's order.
   *
   * @return the profiles, unmodifiable
   */
  public List<PlatformProfile> profiles() {
    return List.copyOf(profiles.values());
  }

  /**
   * Returns the platforms that have a profile, in the catalog's order.
   *
   * @return the platforms, unmodifiable
   */
  public Set<Platform> platforms() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(profiles.keySet()));
  }

  /**
   * Returns the number of profiles.
   *
   * @return the size
   */
  public int size() {
    return profiles.size();
  }

  /**
   * Returns a copy with a profile added, or replacing the profile of the same platform in place.
   *
   * @param profile the profile
   * @return the new catalog
   */
  public PlatformCatalog with(PlatformProfile profile) {
    Checks.notNull(profile, "profile");
    Map<Platform, PlatformProfile> map = new LinkedHashMap<>(profiles);
    map.put(profile.platform(), profile);
    return new PlatformCatalog(Collections.unmodifiableMap(map));
  }

  /**
   * Returns a copy in which a platform is described for an account tier: its profile replaced by
   * the standard catalog's profile of that tier, in place (added if the catalog had none). Select
   * X Premium's longer posts with {@code PlatformCatalog.standard().withTier(Platform.X,
   * AccountTier.PREMIUM)}; {@link AccountTier#STANDARD} restores the standard profile.
   *
   * @param platform the platform
   * @param tier the account tier
   * @return the new catalog
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the standard catalog has no profile of that tier for the
   *     platform (see {@link #standardTiers(Platform)})
   */
  public PlatformCatalog withTier(Platform platform, AccountTier tier) {
    Checks.notNull(platform, "platform");
    Checks.notNull(tier, "tier");
    return with(
        StandardCatalog.profile(platform, tier)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the standard catalog has no " + tier + " profile of " + platform
                            + "; tiers: " + standardTiers(platform))));
  }

  /**
   * Returns the account tiers the standard catalog describes a platform for.
   *
   * @param platform the platform
   * @return the tiers in enum order: {@code [STANDARD, PREMIUM]} for X, {@code [STANDARD]} for the
   *     other profiled platforms, empty for a platform the standard catalog does not profile
   * @throws NullPointerException if the platform is null
   */
  public static Set<AccountTier> standardTiers(Platform platform) {
    Checks.notNull(platform, "platform");
    Set<AccountTier> tiers = java.util.EnumSet.noneOf(AccountTier.class);
    for (AccountTier t : AccountTier.values()) {
      if (StandardCatalog.profile(platform, t).isPresent()) {
        tiers.add(t);
      }
    }
    return Collections.unmodifiableSet(tiers);
  }

  /**
   * Returns a copy without the profile of a platform.
   *
   * @param platform the platform
   * @return the new catalog, or this catalog if it had no profile of the platform
   */
  public PlatformCatalog without(Platform platform) {
    Checks.notNull(platform, "platform");
    if (!profiles.containsKey(platform)) {
      return this;
    }
    Map<Platform, PlatformProfile> map = new LinkedHashMap<>(profiles);
    map.remove(platform);
    return new PlatformCatalog(Collections.unmodifiableMap(map));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PlatformCatalog && profiles.equals(((PlatformCatalog) obj).profiles);
  }

  @Override
  public int hashCode() {
    return profiles.hashCode();
  }

  /**
   * Returns a short form listing the platforms: {@code PlatformCatalog[X, Instagram, ...]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "PlatformCatalog" + profiles.keySet();
  }
}
