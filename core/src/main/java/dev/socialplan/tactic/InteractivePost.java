package dev.socialplan.tactic;

/**
 * A kind of post that invites the community to take part (the strategy guide's trend 2: "ask
 * questions and quizzes to collect followers' opinions").
 */
public enum InteractivePost {
  /** A question to the followers. */
  QUESTION,
  /** A quiz. */
  QUIZ,
  /** A poll. */
  POLL
}
