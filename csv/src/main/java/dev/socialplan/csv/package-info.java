/**
 * CSV in and out, on FastCSV (RFC 4180, streaming): platform analytics exports read into {@link
 * dev.socialplan.analytics.aggregate.PerformanceRecord}s through a declared {@link
 * dev.socialplan.csv.PerformanceMapping} or a cited {@link dev.socialplan.csv.ExportPreset}, bulk
 * draft sheets read into scheduler drafts ({@link dev.socialplan.csv.DraftSheet}), and calendars,
 * records, summaries and breakdowns written for spreadsheets ({@link dev.socialplan.csv.CsvExport})
 * with cells neutralised against formula injection.
 *
 * <p>Every read returns the values it could build and a {@link dev.socialplan.csv.CsvReport} of
 * the rows it rejected, each with its line, column, value and a localised {@link
 * dev.socialplan.validation.Finding}; a bad row never stops the rest. See {@code docs/csv.md}.
 */
@NullMarked
package dev.socialplan.csv;

import org.jspecify.annotations.NullMarked;
