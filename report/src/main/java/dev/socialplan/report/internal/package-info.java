/**
 * The review's page model and chart geometry, read by the precompiled templates. <strong>Not
 * API</strong>: public only because the templates, compiled into another package, read it; it
 * changes without notice.
 */
@NullMarked
package dev.socialplan.report.internal;

import org.jspecify.annotations.NullMarked;
