package dev.socialplan.analytics.benchmark;

import java.util.OptionalLong;

/** What share of voice is counted over. */
public enum VoiceBasis {
  /** Mentions of each brand, from social listening. */
  MENTIONS,
  /** Engagements on each brand's posts. */
  ENGAGEMENTS;

  /**
   * Returns an entry's count on this basis.
   *
   * @param entry the entry
   * @return its mentions or engagements, if known
   */
  public OptionalLong countOf(BenchmarkEntry entry) {
    return this == MENTIONS ? entry.mentions() : entry.engagements();
  }
}
