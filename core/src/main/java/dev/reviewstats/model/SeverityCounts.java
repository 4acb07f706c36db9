package dev.reviewstats.model;

/**
 * Finding counts per severity, as a retro table states them ({@code 1I 2S}).
 */
public record SeverityCounts(int critical, int important, int suggestion) implements java.io.Serializable {
    public static final SeverityCounts ZERO = new SeverityCounts(0, 0, 0);

    public SeverityCounts {
        if (critical < 0 || important < 0 || suggestion < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public int get(Severity severity) {
        return switch (severity) {
            case CRITICAL -> critical;
            case IMPORTANT -> important;
            case SUGGESTION -> suggestion;
        };
    }

    public SeverityCounts plus(Severity severity, int n) {
        return new SeverityCounts(
                critical + (severity == Severity.CRITICAL ? n : 0),
                important + (severity == Severity.IMPORTANT ? n : 0),
                suggestion + (severity == Severity.SUGGESTION ? n : 0));
    }

    /** The counts of both, severity by severity. */
    public SeverityCounts plus(SeverityCounts other) {
        return new SeverityCounts(critical + other.critical, important + other.important, suggestion + other.suggestion);
    }

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
