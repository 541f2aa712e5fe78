package dev.socialplan.content;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import dev.socialplan.tactic.Tactic;
import dev.socialplan.tactic.TacticKind;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The content strategy of a plan (method step 6): the content pillars, the
 * content mix target, the tactics, the keyword sets per platform, and whether content is adapted
 * per platform.
 *
 * <p>Every part is optional while drafting: a strategy with no pillars is constructible, and the
 * validation rules say what it still lacks. The mix defaults to {@link ContentMix#EIGHTY_TWENTY}
 * and the adaptation to {@link PlatformAdaptation#UNDECIDED}.
 *
 * <p>Obtain one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContentStrategy {

  ContentStrategy() {}

  /**
   * Returns the content pillars, in the order given.
   *
   * @return the pillars, unmodifiable
   */
  public abstract List<ContentPillar> pillars();

  /**
   * Returns the content mix target.
   *
   * @return the mix; {@link ContentMix#EIGHTY_TWENTY} unless set
   */
  @Value.Default
  public ContentMix mix() {
    return ContentMix.EIGHTY_TWENTY;
  }

  /**
   * Returns the tactics (short video, community, influencers, live, UGC, social commerce, AR,
   * purpose-driven), in the order given.
   *
   * @return the tactics, unmodifiable
   */
  public abstract List<Tactic> tactics();

  /**
   * Returns the keyword sets, one or more per platform.
   *
   * @return the keyword sets, unmodifiable
   */
  public abstract List<KeywordSet> keywordSets();

  /**
   * Returns whether content is adapted to each platform or posted unchanged everywhere.
   *
   * @return the adaptation; {@link PlatformAdaptation#UNDECIDED} unless set
   */
  @Value.Default
  public PlatformAdaptation platformAdaptation() {
    return PlatformAdaptation.UNDECIDED;
  }

  /**
   * Returns the empty strategy: no pillars, the 80/20 mix, no tactics, no keywords, adaptation
   * undecided.
   *
   * @return the empty strategy
   */
  public static ContentStrategy empty() {
    return builder().build();
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
   * Returns a copy with another mix target.
   *
   * @param mix the mix
   * @return the new strategy
   */
  public abstract ContentStrategy withMix(ContentMix mix);

  /**
   * Returns the first pillar with the given name, as calendar posts refer to pillars by name.
   *
   * @param name the name
   * @return the pillar, or empty if none has that name
   */
  public Optional<ContentPillar> pillar(String name) {
    Checks.notNull(name, "name");
    return pillars().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Returns the tactics of one kind, in the order given.
   *
   * @param kind the kind
   * @return the tactics of that kind, unmodifiable
   */
  public List<Tactic> tactics(TacticKind kind) {
    Checks.notNull(kind, "kind");
    return tactics().stream()
        .filter(t -> t.kind() == kind)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns every keyword for a platform, from all its keyword sets, in the order given.
   *
   * @param platform the platform
   * @return the keywords, unmodifiable; empty when the platform has no keyword set
   */
  public Set<String> keywordsFor(Platform platform) {
    Checks.notNull(platform, "platform");
    Set<String> keywords = new LinkedHashSet<>();
    keywordSets().stream()
        .filter(k -> k.platform().equals(platform))
        .forEach(k -> keywords.addAll(k.keywords()));
    return Collections.unmodifiableSet(keywords);
  }

  /** Builds a {@link ContentStrategy}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableContentStrategy.Builder {
    Builder() {}
  }
}
