package dev.socialplan.validation;

import dev.socialplan.internal.Checks;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Where the localised messages and hints of a group of {@link FindingCode}s come from: a resource
 * bundle base name and a class of the module that ships the bundle (its module and class loader load
 * it). socialplan-core's codes use {@link #CORE}; the calendar module and users' own rules ship their
 * own bundles the same way.
 *
 * <p>A bundle holds two keys per code: {@code CODE.message} and {@code CODE.hint}. Values are {@link
 * java.text.MessageFormat} patterns whose arguments are named after the finding's {@linkplain
 * Finding#arguments() arguments} ({@code {platform} reaches {reach} of the audience}; see {@link
 * FindingCode}), so a literal apostrophe is written {@code ''}. Bundles are {@code .properties}
 * files read as UTF-8 (Java 9 and later).
 *
 * <p>Lookups never fall back to the JVM's default locale: a locale without its own bundle gets the
 * base bundle (English for {@link #CORE}), whatever the default locale is. {@link
 * ResourceBundle}'s own cache is used, so lookups after the first are cheap.
 *
 * <p>Immutable and thread-safe.
 *
 * @param baseName the bundle's base name, such as {@code "dev.socialplan.validation.messages"}
 * @param anchor a class in the same module (and class loader) as the bundle
 * @serial exclude
 */
public record MessageBundle(String baseName, Class<?> anchor) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The messages and hints of every code in socialplan-core, in English and Traditional Chinese. */
  public static final MessageBundle CORE =
      new MessageBundle("dev.socialplan.validation.messages", MessageBundle.class);

  private static final ResourceBundle.Control CANDIDATES =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT);

  /**
   * Creates a bundle reference.
   *
   * @param baseName the bundle's base name, not blank
   * @param anchor a class in the same module (and class loader) as the bundle
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the base name is blank
   */
  public MessageBundle {
    Checks.notNull(baseName, "baseName");
    Checks.notNull(anchor, "anchor");
    Checks.nonBlank(baseName, "baseName");
  }

  /**
   * Obtains a bundle reference.
   *
   * @param baseName the bundle's base name, not blank
   * @param anchor a class in the same module (and class loader) as the bundle
   * @return the bundle reference
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the base name is blank
   */
  public static MessageBundle of(String baseName, Class<?> anchor) {
    return new MessageBundle(baseName, anchor);
  }

  /**
   * Returns the text for a key in a locale, falling back along the locale's candidates ({@code
   * zh_TW} then {@code zh}) to the base bundle, never to the JVM's default locale.
   *
   * @param key the key, such as {@code "BUDGET_OVER_TOTAL.message"}
   * @param locale the locale
   * @return the text, or empty if neither the locale's bundles nor the base bundle has the key
   * @throws MissingResourceException if the base bundle itself cannot be found
   */
  public Optional<String> text(String key, Locale locale) {
    Checks.notNull(key, "key");
    ResourceBundle bundle = bundle(Checks.notNull(locale, "locale"));
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  private ResourceBundle bundle(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, anchor.getModule());
    // The default lookup may answer with the JVM default locale's bundle when the requested locale
    // has none of its own; refuse that and use the base bundle instead.
    List<Locale> candidates = CANDIDATES.getCandidateLocales(baseName, locale);
    if (!candidates.contains(bundle.getLocale())) {
      bundle = ResourceBundle.getBundle(baseName, Locale.ROOT, anchor.getModule());
    }
    return bundle;
  }
}
