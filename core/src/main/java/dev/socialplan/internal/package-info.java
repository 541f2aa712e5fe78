/**
 * Internal code shared between socialplan's packages. <strong>Not API</strong>: anything here may
 * change or disappear in any release; do not use it from outside socialplan.
 */
@NullMarked
package dev.socialplan.internal;

import org.jspecify.annotations.NullMarked;
