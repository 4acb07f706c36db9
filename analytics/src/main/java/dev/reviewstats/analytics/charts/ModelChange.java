package dev.reviewstats.analytics.charts;

import java.time.LocalDate;

/**
 * The first review in which an agent family ran a model version other than its first one.
 *
 * @param family the agent family
 * @param model the new model version
 * @param firstSeen the date of its first review
 */
public record ModelChange(String family, String model, LocalDate firstSeen) {
}
