package dev.socialplan.platform;

import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A social platform, identified by a stable lower-case id ({@code "instagram"}).
 *
 * <p>An open type: the well-known platforms are constants, and any other platform (Xiaohongshu,
 * LINE, WeChat, Weibo, Douyin, a company's own community) is obtained with {@link #of(String)} or
 * {@link #of(String, String)}. Two platforms are equal when their ids are equal; the display name is
 * not part of equality.
 *
 * <p>Ids are 1 to 64 characters of lower-case ASCII letters, digits, {@code '-'} and {@code '_'};
 * {@link #of(String)} lower-cases and trims what it is given.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Platform implements Comparable<Platform>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[a-z0-9_-]{1,64}");

  /** Facebook. */
  public static final Platform FACEBOOK = new Platform("facebook", "Facebook");
  /** Instagram (feed, Reels and Stories). */
  public static final Platform INSTAGRAM = new Platform("instagram", "Instagram");
  /** X, formerly Twitter. */
  public static final Platform X = new Platform("x", "X");
  /** LinkedIn. */
  public static final Platform LINKEDIN = new Platform("linkedin", "LinkedIn");
  /** TikTok. */
  public static final Platform TIKTOK = new Platform("tiktok", "TikTok");
  /** YouTube (long-form and Shorts). */
  public static final Platform YOUTUBE = new Platform("youtube", "YouTube");
  /** Pinterest. */
  public static final Platform PINTEREST = new Platform("pinterest", "Pinterest");
  /** Snapchat. */
  public static final Platform SNAPCHAT = new Platform("snapchat", "Snapchat");
  /** Threads. */
  public static final Platform THREADS = new Platform("threads", "Threads");
  /** Bluesky. */
  public static final Platform BLUESKY = new Platform("bluesky", "Bluesky");
  /** WhatsApp (channels and business messaging). */
  public static final Platform WHATSAPP = new Platform("whatsapp", "WhatsApp");
  /** Reddit. */
  public static final Platform REDDIT = new Platform("reddit", "Reddit");
  /** Google Business Profile posts. */
  public static final Platform GOOGLE_BUSINESS_PROFILE =
      new Platform("google-business-profile", "Google Business Profile");
  /** Mastodon (limits vary per instance). */
  public static final Platform MASTODON = new Platform("mastodon", "Mastodon");

  private static final List<Platform> WELL_KNOWN =
      List.of(
          FACEBOOK, INSTAGRAM, X, LINKEDIN, TIKTOK, YOUTUBE, PINTEREST, SNAPCHAT, THREADS, BLUESKY,
          WHATSAPP, REDDIT, GOOGLE_BUSINESS_PROFILE, MASTODON);
  private static final Map<String, Platform> BY_ID =
      WELL_KNOWN.stream().collect(Collectors.toUnmodifiableMap(p -> p.id, Function.identity()));

  /** The normalised id. */
  private final String id;

  /** The name shown to people. */
  private final String displayName;

  private Platform(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /**
   * Obtains a platform by id. A well-known id returns its constant; any other id gives a platform
   * whose display name is the text as given.
   *
   * <p>{@code Platform.of("Instagram")} is {@link #INSTAGRAM}; {@code Platform.of("Xiaohongshu")} is
   * a platform with id {@code "xiaohongshu"} and display name {@code "Xiaohongshu"}. {@code "twitter"}
   * is accepted as an alias of {@link #X}.
   *
   * @param id the id or name, case-insensitive, surrounding white space ignored
   * @return the platform
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the id is not 1 to 64 letters, digits, '-' or '_'
   */
  public static Platform of(String id) {
    Checks.notNull(id, "id");
    return of(id, id.strip());
  }

  /**
   * Obtains a platform by id with a display name. A well-known id returns its constant (its own
   * display name wins).
   *
   * @param id the id, case-insensitive, surrounding white space ignored
   * @param displayName the name to show, not blank
   * @return the platform
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is malformed or the display name blank
   */
  public static Platform of(String id, String displayName) {
    Checks.notNull(id, "id");
    Checks.nonBlank(displayName, "displayName");
    String normalised = id.strip().toLowerCase(Locale.ROOT);
    if (normalised.equals("twitter")) {
      return X;
    }
    if (!ID.matcher(normalised).matches()) {
      throw new IllegalArgumentException(
          "id must be 1 to 64 letters, digits, '-' or '_': \"" + id + "\"");
    }
    Platform known = BY_ID.get(normalised);
    return known != null ? known : new Platform(normalised, displayName.strip());
  }

  /**
   * Returns the well-known platforms, in the order of the constants.
   *
   * @return the well-known platforms, unmodifiable
   */
  public static List<Platform> wellKnown() {
    return WELL_KNOWN;
  }

  /**
   * Returns the stable id.
   *
   * @return the id, such as {@code "instagram"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the name to show people.
   *
   * @return the display name, such as {@code "Instagram"}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Tells whether this is one of the well-known constants.
   *
   * @return true for a constant of this class
   */
  public boolean isWellKnown() {
    return BY_ID.containsKey(id);
  }

  @Override
  public int compareTo(Platform other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Platform && id.equals(((Platform) obj).id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns the display name.
   *
   * @return the display name
   */
  @Override
  public String toString() {
    return displayName;
  }

  /**
   * Rebuilds a deserialised platform through {@link #of(String, String)}: the well-known constants
   * stay unique and a tampered id or name is refused.
   *
   * @return the value the factory rebuilt
   * @throws ObjectStreamException ({@link java.io.InvalidObjectException}) if the factory
   *     refuses what was read
   */
  private Object readResolve() throws ObjectStreamException {
    return SerialChecks.rebuild(() -> of(id, displayName));
  }

}
