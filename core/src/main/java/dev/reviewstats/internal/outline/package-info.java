/**
 * The form-neutral outline of a report (sections of blocks) that every front end produces and every
 * section extractor reads; internal, not API.
 *
 * <p>Inline text keeps bold ({@code **}), emphasis ({@code *}), code (backticks) and strike-through
 * ({@code ~~}) as Markdown markers, because extractors read meaning from them; links become their
 * text. A front end whose input has lost the markup passes plain text, and extractors must still
 * cope without the markers.
 */
package dev.reviewstats.internal.outline;
