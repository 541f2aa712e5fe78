package dev.socialplan.platform;

/**
 * The kind of account a {@link PlatformProfile} describes, where a paid subscription changes what
 * a platform allows. Select a tier for a platform with {@link PlatformCatalog#withTier(Platform,
 * AccountTier)}; the rules that read the catalog (post length in the calendar rules, the tactic
 * rules) then use that tier's limits.
 *
 * <p>The standard catalog has a {@link #PREMIUM} profile for X only: X Premium (each of its Basic,
 * Premium and Premium+ levels) raises the length of a post from 280 to 25,000 weighted characters.
 * Sources: Buffer's developer documentation, "Character Limits"
 * (https://developers.buffer.com/guides/character-limits.md: "X (Twitter), Basic/Premium/Premium+
 * 25,000"), and Publer's, "Twitter/X Long-Form Posts"
 * (https://publer.com/docs/posting/create-posts/content-types/platform-specific-formats/twitter-x-long-form-posts:
 * up to 25,000 characters "for users with an X Premium ... subscription, even at the Basic tier"),
 * both read on 2026-12-07; X's own "X Premium FAQ" (https://help.x.com/en/using-x/x-premium-faq)
 * names the three levels, but no stored copy of X's own page states the length, so the figure is
 * marked secondary. Longer Premium videos are left out: the figures published for them disagree.
 */
public enum AccountTier {
  /** An account without a subscription: the limits every account has. */
  STANDARD,
  /** An account with a paid subscription that raises the platform's limits. */
  PREMIUM
}
