/**
 * The validation engine: rules, findings, rule sets and reports. This package
 * knows nothing about any concept's rules; it only gives rules the means to speak.
 *
 * <h2>The model</h2>
 *
 * <ul>
 *   <li>A {@link dev.socialplan.validation.FindingCode} is a stable UPPER_SNAKE code, unique across
 *       the library, with its default {@link dev.socialplan.validation.Severity}, the {@link
 *       dev.socialplan.plan.MethodStep} it belongs to, and where its localised message and hint come
 *       from (a {@link dev.socialplan.validation.MessageBundle} or literal texts). Rules declare their
 *       codes as constants.
 *   <li>A {@link dev.socialplan.validation.Rule} is a named, pure function from a subject and a
 *       {@link dev.socialplan.validation.ValidationContext} (the optional clock and the settings) to
 *       {@link dev.socialplan.validation.Finding}s. It declares the codes it can emit and the
 *       {@link dev.socialplan.validation.Setting}s it reads.
 *   <li>A {@link dev.socialplan.validation.RuleSet} composes rules (plus rules, minus codes, with
 *       settings and severity overrides held in one {@link
 *       dev.socialplan.validation.ValidationSettings}) and produces a {@link
 *       dev.socialplan.validation.ValidationReport}.
 * </ul>
 *
 * <h2>Package layering</h2>
 *
 * <p>Dependencies between socialplan-core's packages point one way, and an architecture test rejects
 * any cycle between individual packages:
 *
 * <pre>
 *   model packages (metric, timing, platform, audience, goal, competition, budget, tactic, content)
 *     &lt;- plan (StrategyPlan, MethodStep)
 *     &lt;- validation (this engine: depends on plan for MethodStep only)
 *     &lt;- dev.socialplan.&lt;concept&gt;.rules (GoalRules, AudienceRules, BudgetRules, ...)
 *     &lt;- dev.socialplan.plan.rules (PlanRules: composes every concept's rules)
 * </pre>
 *
 * <p>This package must not depend on any {@code *.rules} package. Each concept's rules live in a
 * {@code rules} subpackage beside the concept (for example {@code
 * dev.socialplan.budget.rules.BudgetRules}), because a rule usually needs the whole {@code
 * StrategyPlan} while {@code plan} depends on the concept. Other modules (the calendar rules) and
 * users' own rules sit above this package in the same way and use exactly the same API.
 *
 * <h2>Messages</h2>
 *
 * <p>The messages and hints of socialplan-core's codes are in the resource bundle {@link
 * dev.socialplan.validation.MessageBundle#CORE} ({@code messages.properties} in English and {@code
 * messages_zh_TW.properties} in Traditional Chinese, both UTF-8, beside this package). The locale is
 * always an argument; the JVM's default locale is never consulted.
 */
@NullMarked
@ValueStyle
package dev.socialplan.validation;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
