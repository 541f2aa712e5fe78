/**
 * Internal code shared between socialplan-analytics' packages: the localisable texts of
 * explanations. <strong>Not API</strong>: anything here may change or disappear in any release; do
 * not use it from outside socialplan.
 */
@NullMarked
package dev.socialplan.analytics.internal;

import org.jspecify.annotations.NullMarked;
