package dev.socialplan.calendar.approval;

import dev.socialplan.calendar.PostStatus;
import dev.socialplan.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a workflow's audit trail: who did what, when, with which comment, and the status
 * before and after (equal when an approval did not yet complete its tier).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditEntry {

  /** The actor recorded for transitions the workflow makes itself, such as expiry. */
  public static final String SYSTEM_ACTOR = "system";

  AuditEntry() {}

  /**
   * Returns who acted.
   *
   * @return the actor's id, not blank; {@link #SYSTEM_ACTOR} for expiry
   */
  public abstract String actor();

  /**
   * Returns when.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns what was done.
   *
   * @return the action
   */
  public abstract WorkflowAction action();

  /**
   * Returns the status before the action.
   *
   * @return the status before
   */
  public abstract PostStatus fromStatus();

  /**
   * Returns the status after the action.
   *
   * @return the status after
   */
  public abstract PostStatus toStatus();

  /**
   * Returns the comment, if any.
   *
   * @return the comment, not blank
   */
  public abstract Optional<String> comment();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(actor(), "actor");
    comment().ifPresent(c -> Checks.nonBlank(c, "comment"));
  }

  /** Builds an {@link AuditEntry}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableAuditEntry.Builder {
    Builder() {}
  }
}
