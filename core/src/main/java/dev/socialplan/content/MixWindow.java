package dev.socialplan.content;

/**
 * A window of consecutive posts in a time-ordered sequence, with its content mix: the result of
 * {@link ContentMix#offTargetWindows}. "The mix is off target in the window ending at post {@link
 * #last()}".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MixWindow {
  private final int first;
  private final int last;
  private final MixTally tally;

  MixWindow(int first, int last, MixTally tally) {
    this.first = first;
    this.last = last;
    this.tally = tally;
  }

  /**
   * Returns the index of the first post in the window.
   *
   * @return the index into the evaluated sequence, inclusive
   */
  public int first() {
    return first;
  }

  /**
   * Returns the index of the last post in the window, the post the window ends at.
   *
   * @return the index into the evaluated sequence, inclusive
   */
  public int last() {
    return last;
  }

  /**
   * Returns the number of posts in the window.
   *
   * @return {@code last − first + 1}
   */
  public int size() {
    return last - first + 1;
  }

  /**
   * Returns the window's counts per slice.
   *
   * @return the tally
   */
  public MixTally tally() {
    return tally;
  }

  /**
   * Returns the window's shares against the mix's targets.
   *
   * @return the evaluation
   */
  public MixEvaluation evaluation() {
    return tally.evaluate();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MixWindow
        && first == ((MixWindow) obj).first
        && last == ((MixWindow) obj).last
        && tally.equals(((MixWindow) obj).tally);
  }

  @Override
  public int hashCode() {
    return (first * 31 + last) * 31 + tally.hashCode();
  }

  /**
   * Returns the post range and the evaluation: {@code posts[3..12]: 80/20 off target: …}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "posts[" + first + ".." + last + "]: " + evaluation();
  }
}
