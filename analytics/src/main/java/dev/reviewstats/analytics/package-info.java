/**
 * Per-agent analytics over parsed reviews: typed leaderboard results, and Tablesaw data frames as a
 * deliberate, documented data-frame API (see docs/metrics.md).
 */
package dev.reviewstats.analytics;
