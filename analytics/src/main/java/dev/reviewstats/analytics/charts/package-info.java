/** Trend charts for retros: chart datasets computed from the analytics, rendered headless to PNG with JFreeChart. */
package dev.reviewstats.analytics.charts;
