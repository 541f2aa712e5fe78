package dev.socialplan.analytics.progress;

import dev.socialplan.analytics.internal.Text;
import java.util.Locale;

/**
 * Where a goal stands on a given date. The measurable statuses are ordered from worst ({@link
 * #MISSED}) to best ({@link #ACHIEVED}) by {@link #rank()}.
 */
public enum ProgressStatus {
  /** The deadline has passed and the target was not reached. */
  MISSED(0),
  /** Before the deadline; the projection falls short of the at-risk threshold. */
  OFF_TRACK(1),
  /** Before the deadline; the projection reaches the at-risk threshold but not the on-track one. */
  AT_RISK(2),
  /** Before the deadline; the projection reaches the on-track threshold. */
  ON_TRACK(3),
  /** The latest observation meets the target. */
  ACHIEVED(4),
  /**
   * The goal cannot be assessed: it has no target, baseline or deadline, or there is no observation
   * from its start up to the assessment date or the deadline, whichever is earlier (or the
   * assessment date is before the start).
   */
  NOT_MEASURABLE(-1);

  private final int rank;

  ProgressStatus(int rank) {
    this.rank = rank;
  }

  /**
   * Returns the status's rank: 0 for {@link #MISSED} up to 4 for {@link #ACHIEVED}; −1 for {@link
   * #NOT_MEASURABLE}.
   *
   * @return the rank
   */
  public int rank() {
    return rank;
  }

  /**
   * Tells whether a planner should look at the goal: at risk, off track or missed.
   *
   * @return true for {@link #AT_RISK}, {@link #OFF_TRACK} and {@link #MISSED}
   */
  public boolean needsAttention() {
    return this == AT_RISK || this == OFF_TRACK || this == MISSED;
  }

  /**
   * Returns the status in a marketer's words, as it reads inside a sentence.
   *
   * @param locale the language; a locale without its own bundle gets English
   * @return for example {@code "on track"}, {@code "進度正常"} in {@code zh-TW}
   * @throws NullPointerException if the locale is null
   */
  public String label(Locale locale) {
    return Text.of("status." + name()).format(locale);
  }

  /** The status as it starts a sentence: "On track". */
  Text title() {
    return Text.of("status.title." + name());
  }
}
