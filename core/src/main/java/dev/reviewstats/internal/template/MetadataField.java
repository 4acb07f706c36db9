package dev.reviewstats.internal.template;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A row of the metadata table, with every label the template has given it: the one place those
 * labels live. The extractor reads the table by field; the flattened reader rebuilds the table from
 * the labels, and needs to know which rows hold one line only.
 */
public enum MetadataField {
    DATE(true, "Date"),
    REPO(true, "Repo", "Repository"),
    ROUND(true, "Round"),
    AUTHOR(true, "Author"),
    PR(false, "PR"),
    BRANCH(false, "Branch"),
    /** Commits, one a line: the row every front end reads apart. */
    COMMITS(false, "Commits"),
    REVIEWERS(true, "Reviewers"),
    VERDICT(false, "Verdict"),
    WALL_CLOCK(true, "Wall-clock time", "Wall-clock", "Wall clock time");

    private static final Map<String, MetadataField> BY_LABEL = byLabel();

    private final boolean singleLine;
    private final List<String> labels;

    MetadataField(boolean singleLine, String... labels) {
        this.singleLine = singleLine;
        this.labels = List.of(labels);
    }

    /** The label the current template writes. */
    public String label() {
        return labels.get(0);
    }

    /** Every label, the current one first, then older spellings in the order they are preferred. */
    public List<String> labels() {
        return labels;
    }

    /**
     * Whether a row written with exactly this current label holds one line only, so that a line after
     * it belongs to the next row.
     */
    public static boolean isSingleLine(String label) {
        MetadataField f = BY_LABEL.get(label.toLowerCase(Locale.ROOT));
        return f != null && f.singleLine && f.label().equals(label);
    }

    /** The field a label names, whatever its case; empty for a label the model does not know. */
    public static Optional<MetadataField> of(String label) {
        return Optional.ofNullable(BY_LABEL.get(label.toLowerCase(Locale.ROOT)));
    }

    /** The labels the current template writes, in its order. */
    public static List<String> currentLabels() {
        return Arrays.stream(values()).map(MetadataField::label).toList();
    }

    /** The older spellings of labels, which some template versions use. */
    public static List<String> olderLabels() {
        return Arrays.stream(values()).flatMap(f -> f.labels.stream().skip(1)).toList();
    }

    private static Map<String, MetadataField> byLabel() {
        return Arrays.stream(values()).flatMap(f -> f.labels.stream().map(l -> Map.entry(l.toLowerCase(Locale.ROOT), f)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
