/** The immutable, typed model of a deep review: reviews, findings, agents, severities, retro statistics and resolutions. */
package dev.reviewstats.model;
