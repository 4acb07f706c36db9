package dev.reviewstats.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The metadata table's rows as types: every label finds its field, and which rows hold one line. */
class MetadataFieldTest {
    @Test
    void everyLabelOfEveryFieldFindsThatFieldWhateverItsCase() {
        assertThat(MetadataField.values()).allSatisfy(f -> assertThat(f.labels()).allSatisfy(label -> {
            assertThat(MetadataField.of(label)).contains(f);
            assertThat(MetadataField.of(label.toUpperCase(java.util.Locale.ROOT))).contains(f);
        }));
        assertThat(MetadataField.of("wall clock time")).contains(MetadataField.WALL_CLOCK);
        assertThat(MetadataField.of("Budget")).isEmpty();
    }

    @Test
    void currentLabelsComeInTheTemplatesOrderAndOlderOnesApart() {
        assertThat(MetadataField.currentLabels()).containsExactly("Date", "Repo", "Round", "Author", "PR", "Branch", "Commits",
                "Reviewers", "Verdict", "Wall-clock time");
        assertThat(MetadataField.olderLabels()).containsExactly("Repository", "Wall-clock", "Wall clock time");
    }

    @Test
    void onlyRowsOfOneLineWrittenWithTheirCurrentLabelAreSingleLine() {
        assertThat(MetadataField.isSingleLine("Reviewers")).isTrue();
        assertThat(MetadataField.isSingleLine("Wall-clock time")).isTrue();
        assertThat(MetadataField.isSingleLine("Commits")).isFalse();
        assertThat(MetadataField.isSingleLine("Verdict")).isFalse();
        // The flattened reader matches the label as the template writes it.
        assertThat(MetadataField.isSingleLine("reviewers")).isFalse();
        assertThat(MetadataField.isSingleLine("Repository")).isFalse();
    }
}
