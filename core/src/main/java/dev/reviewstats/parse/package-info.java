/** The public entry points: parse one report, or load every report under a set of paths. */
package dev.reviewstats.parse;
