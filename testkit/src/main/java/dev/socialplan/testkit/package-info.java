/**
 * Fixtures, QuickTheories generators and AssertJ assertions for tests of code that uses socialplan. Add with test scope.
 */
@NullMarked
package dev.socialplan.testkit;

import org.jspecify.annotations.NullMarked;
