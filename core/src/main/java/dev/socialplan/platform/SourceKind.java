package dev.socialplan.platform;

/** How close a source of platform facts is to the platform itself. */
public enum SourceKind {
  /** The platform's own documentation or code. */
  PRIMARY,
  /** Someone else's account: a scheduling tool's documentation, a news report, a survey. */
  SECONDARY,
  /** A secondary source that could not be corroborated; treat its facts as rough. */
  WEAK
}
