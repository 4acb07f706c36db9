package dev.reviewstats.model;

/**
 * Finding counts per severity, as a retro table states them ({@code 1I 2S}).
 *
 * @param critical critical findings, 0 or more
 * @param important important findings, 0 or more
 * @param suggestion suggestions, 0 or more
 * @serial exclude
 */
public record SeverityCounts(int critical, int important, int suggestion) implements java.io.Serializable {
    /** No findings of any severity. */
    public static final SeverityCounts ZERO = new SeverityCounts(0, 0, 0);

    /**
     * Checks the components.
     *
     * @param critical critical findings, 0 or more
     * @param important important findings, 0 or more
     * @param suggestion suggestions, 0 or more
     */
    public SeverityCounts {
        if (critical < 0 || important < 0 || suggestion < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /**
     * The count of one severity.
     *
     * @param severity the severity
     * @return the count
     */
    public int get(Severity severity) {
        return switch (severity) {
            case CRITICAL -> critical;
            case IMPORTANT -> important;
            case SUGGESTION -> suggestion;
        };
    }

    /**
     * These counts with more of one severity.
     *
     * @param severity the severity
     * @param n how many more
     * @return the new counts
     */
    public SeverityCounts plus(Severity severity, int n) {
        return new SeverityCounts(
                critical + (severity == Severity.CRITICAL ? n : 0),
                important + (severity == Severity.IMPORTANT ? n : 0),
                suggestion + (severity == Severity.SUGGESTION ? n : 0));
    }

    /**
     * The counts of both, severity by severity.
     *
     * @param other counts to add
     * @return the sums per severity
     */
    public SeverityCounts plus(SeverityCounts other) {
        return new SeverityCounts(critical + other.critical, important + other.important, suggestion + other.suggestion);
    }

    /**
     * All severities together.
     *
     * @return the total
     */
    public int total() {
        return critical + important + suggestion;
    }

    /** The compact form reports use: {@code 1C 1I 2S}, or {@code 0}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Severity s : Severity.values()) {
            if (get(s) > 0) {
                sb.append(sb.length() == 0 ? "" : " ").append(get(s)).append(s.letter());
            }
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }
}
