/**
 * Surveys (method step 8): Net Promoter Score with its margin of error, customer satisfaction (CSAT),
 * and a per-question summary of a survey's answers that reports missing and invalid answers.
 */
@NullMarked
@ValueStyle
package dev.socialplan.analytics.survey;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
