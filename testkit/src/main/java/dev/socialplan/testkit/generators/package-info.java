/**
 * QuickTheories generators for socialplan's value types, one class per concept ({@code
 * BudgetGenerators}, {@code ContentGenerators}, …). Every generator produces only values that can be
 * constructed, so a property may assume construction succeeds; sizes are bounded by the method's
 * parameters, randomness is seeded and shrinking is QuickTheories' own.
 */
@NullMarked
package dev.socialplan.testkit.generators;

import org.jspecify.annotations.NullMarked;
