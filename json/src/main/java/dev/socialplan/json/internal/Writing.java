package dev.socialplan.json.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The options of one write, carried by the generator: the locale of findings' messages and hints,
 * and whether the output is indented.
 */
public final class Writing extends ObjectWriteContext.Base {

  private final Locale locale;
  private final boolean pretty;

  /**
   * Creates the options.
   *
   * @param locale the locale of messages and hints
   * @param pretty whether to indent
   */
  public Writing(Locale locale, boolean pretty) {
    this.locale = locale;
    this.pretty = pretty;
  }

  @Override
  public @Nullable PrettyPrinter getPrettyPrinter() {
    return pretty ? new DefaultPrettyPrinter() : null;
  }

  @Override
  public boolean hasPrettyPrinter() {
    return pretty;
  }

  /**
   * Returns the locale in which a generator renders messages: this write's, a Jackson
   * serialization's (the mapper's default locale), or English.
   *
   * @param out the generator
   * @return the locale
   */
  public static Locale locale(JsonGenerator out) {
    ObjectWriteContext context = out.objectWriteContext();
    if (context instanceof Writing) {
      return ((Writing) context).locale;
    }
    if (context instanceof tools.jackson.databind.SerializationContext) {
      return ((tools.jackson.databind.SerializationContext) context).getLocale();
    }
    return Locale.ENGLISH;
  }
}
