package dev.reviewstats.analytics;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Review;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How many reviews of a run had something the parser did not read, by diagnostic code (each review
 * counted once per code): what the footers of the leaderboard, {@code compare} and the retro page say,
 * and what {@code review-stats lint} lists review by review.
 *
 * @param reviews the reviews with at least one such diagnostic
 * @param byCode for each code, the reviews that have it
 * @param disagreeing the reviews that contradict themselves, as {@code review-stats lint} counts them
 * @param inconsistencies the places they do, as {@code review-stats lint} counts them
 */
public record Unread(int reviews, Map<DiagnosticCode, Integer> byCode, int disagreeing, int inconsistencies) {
    /** Nothing unread. */
    public static final Unread NONE = new Unread(0, Map.of(), 0, 0);

    /**
     * Checks the components.
     *
     * @param reviews the reviews with at least one such diagnostic
     * @param byCode for each code, the reviews that have it
     * @param disagreeing the reviews that contradict themselves, as {@code review-stats lint} counts them
     * @param inconsistencies the places they do, as {@code review-stats lint} counts them
     */
    public Unread {
        if (reviews < 0 || disagreeing < 0 || inconsistencies < 0) {
            throw new IllegalArgumentException("negative count");
        }
        byCode = java.util.Collections.unmodifiableMap(new TreeMap<>(byCode));
    }

    /**
     * The codes of one review that say something was not read.
     *
     * @param r the review
     * @return those codes
     */
    public static Set<DiagnosticCode> codesOf(Review r) {
        Set<DiagnosticCode> out = EnumSet.noneOf(DiagnosticCode.class);
        for (Diagnostic d : r.diagnostics()) {
            if (d.code().meansUnread()) {
                out.add(d.code());
            }
        }
        return out;
    }

    /**
     * Counts a run's reviews by the codes each had, and those whose summary table contradicts them.
     *
     * @param reviews the reviews
     * @return the counts
     */
    public static Unread of(Collection<Review> reviews) {
        List<Set<DiagnosticCode>> codes = new java.util.ArrayList<>();
        int disagreeing = 0;
        int inconsistencies = 0;
        for (Review r : reviews) {
            codes.add(codesOf(r));
            int n = Lint.inconsistencies(r);
            disagreeing += n > 0 ? 1 : 0;
            inconsistencies += n;
        }
        return of(codes, disagreeing, inconsistencies);
    }

    /**
     * Counts reviews by the codes each had.
     *
     * @param perReview each review's unread codes
     * @param disagreeing how many reviews contradict themselves
     * @param inconsistencies how many places they do
     * @return the counts
     */
    public static Unread of(Collection<Set<DiagnosticCode>> perReview, int disagreeing, int inconsistencies) {
        int reviews = 0;
        Map<DiagnosticCode, Integer> byCode = new TreeMap<>();
        for (Set<DiagnosticCode> codes : perReview) {
            reviews += codes.isEmpty() ? 0 : 1;
            codes.forEach(c -> byCode.merge(c, 1, Integer::sum));
        }
        return new Unread(reviews, byCode, disagreeing, inconsistencies);
    }

    /**
     * The footer lines: reviews with something unread, by code, and reviews that disagree with
     * themselves; empty when there is neither.
     *
     * @return the lines, each ending in a line break
     */
    public String footer() {
        StringBuilder out = new StringBuilder();
        if (reviews > 0) {
            out.append(reviews).append(reviews == 1 ? " review had" : " reviews had").append(" something unread (");
            boolean first = true;
            for (Map.Entry<DiagnosticCode, Integer> e : byCode.entrySet()) {
                out.append(first ? "" : ", ").append(e.getKey().id()).append(' ').append(e.getValue()).append(' ')
                        .append(label(e.getKey()));
                first = false;
            }
            out.append("); its figures leave out what was not read. `review-stats lint` lists them.\n");
        }
        if (disagreeing > 0) {
            out.append(disagreeing).append(disagreeing == 1 ? " review contradicts itself" : " reviews contradict themselves")
                    .append(" (").append(inconsistencies).append(inconsistencies == 1 ? " inconsistency" : " inconsistencies")
                    .append(": summary tables against sections, structure lines, resolution rows); `review-stats lint` lists them.\n");
        }
        return out.toString();
    }

    /** A few words for a code, in the footer. */
    static String label(DiagnosticCode code) {
        return switch (code) {
            case RECONCILIATION_UNREADABLE -> "reconciliation clause";
            case LEDGER_UNLINKED -> "unlinked finding";
            case SECTION_UNREADABLE -> "unreadable section";
            case FINDING_UNREADABLE -> "unreadable finding";
            case RETRO_CELL_UNREADABLE -> "summary-table cell";
            case METADATA_UNREADABLE -> "metadata value";
            case RESOLUTION_UNREADABLE -> "resolution value";
            case APPENDIX_AGENT_UNKNOWN -> "appendix entry";
            case INPUT_LIMIT -> "input past a limit";
            case FLATTENED_SPLIT_FAILED -> "glued table row";
            default -> code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
