/** Aggregates parsed reviews into per-agent figures. */
package dev.reviewstats.analytics;
