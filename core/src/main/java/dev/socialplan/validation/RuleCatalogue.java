package dev.socialplan.validation;

import dev.socialplan.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders the catalogue of a rule set as Markdown: every code with its severity, step, rules,
 * message and hint in each language, and how to configure it. socialplan's {@code
 * docs/rules.md} is rendered by this class and a test fails when the file and the registry disagree;
 * users can document their own rule sets the same way.
 *
 * <p>Messages and hints are shown with their named placeholders ({@code {reach}}) left in place and
 * quotes unescaped, as a reader sees them, after the list of each code's argument names. The output depends only on the rule set, so it is stable from
 * run to run. Pure string building: nothing is written anywhere.
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /**
   * Renders a rule set's catalogue.
   *
   * @param rules the rule set; its {@link RuleSet#codes()} are the catalogue's entries
   * @param locales the languages to show each message and hint in, in this order
   * @return the Markdown text: a summary table, then one section per code, in code order
   */
  public static String markdown(RuleSet<?> rules, List<Locale> locales) {
    Checks.notNull(rules, "rules");
    Checks.noNullElements(locales, "locales");
    Map<String, Set<String>> rulesByCode = new TreeMap<>();
    Map<String, Map<String, Setting<?>>> settingsByCode = new TreeMap<>();
    for (Rule<?> rule : rules.rules()) {
      for (FindingCode code : rule.codes()) {
        rulesByCode.computeIfAbsent(code.name(), k -> new TreeSet<>()).add(rule.name());
        Map<String, Setting<?>> settings =
            settingsByCode.computeIfAbsent(code.name(), k -> new TreeMap<>());
        rule.settings().forEach(s -> settings.put(s.name(), s));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("| Code | Severity | Step | Rule |\n|---|---|---|---|\n");
    for (FindingCode code : rules.codes()) {
      out.append("| [`")
          .append(code.name())
          .append("`](#")
          .append(code.name().toLowerCase(Locale.ROOT))
          .append(") | ")
          .append(code.severity())
          .append(" | ")
          .append(code.step().number())
          .append(' ')
          .append(title(code))
          .append(" | ")
          .append(ruleNames(rulesByCode.get(code.name())))
          .append(" |\n");
    }
    for (FindingCode code : rules.codes()) {
      out.append("\n### ").append(code.name()).append("\n\n");
      out.append("- Severity: ")
          .append(code.severity())
          .append("\n- Step: ")
          .append(code.step().number())
          .append(' ')
          .append(title(code))
          .append("\n- Rule: ")
          .append(ruleNames(rulesByCode.get(code.name())))
          .append('\n');
      if (!code.argumentNames().isEmpty()) {
        out.append("- Arguments: ").append(ruleNames(code.argumentNames())).append('\n');
      }
      for (Locale locale : locales) {
        String tag = locale.equals(Locale.ROOT) ? "default" : locale.toLanguageTag();
        out.append("- Message (")
            .append(tag)
            .append("): ")
            .append(MessageTemplate.readable(code.messagePattern(locale)))
            .append("\n- Hint (")
            .append(tag)
            .append("): ")
            .append(MessageTemplate.readable(code.hintPattern(locale)))
            .append('\n');
      }
      out.append("- Configure: remove with `without(\"")
          .append(code.name())
          .append("\")`; change the severity with `ValidationSettings.withSeverity(\"")
          .append(code.name())
          .append("\", ...)`");
      Map<String, Setting<?>> settings = settingsByCode.getOrDefault(code.name(), Map.of());
      if (settings.isEmpty()) {
        out.append(".\n");
      } else {
        out.append("; settings:\n");
        for (Setting<?> s : settings.values()) {
          out.append("  - `")
              .append(s.name())
              .append("` (")
              .append(s.type().getSimpleName())
              .append(", default `")
              .append(s.defaultValue())
              .append("`, ")
              .append(s.constraintDescription())
              .append("): ")
              .append(s.description())
              .append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String title(FindingCode code) {
    String name = code.step().name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String ruleNames(Collection<String> names) {
    List<String> quoted = new ArrayList<>();
    names.forEach(n -> quoted.add("`" + n + "`"));
    return String.join(", ", quoted);
  }
}
