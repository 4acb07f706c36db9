package dev.reviewstats.internal.outline;

import java.util.List;
import java.util.Objects;

/**
 * The head of a finding as a front end recognised it from its input's structure (a finding card's
 * title and agent pills, or a flattened line ending in agent names), handed over as data so that no
 * extractor has to parse it back out of rendered text.
 *
 * @param number the id or number the input gives the finding ({@code "I1"}, {@code "2"}), or {@code ""}
 * @param title the title's inline text; it may still hold what the template writes inside a title,
 *     such as a bracketed severity or a leading location
 * @param locations code locations as written ({@code "pkg/app.go:12-30"}), in order
 * @param agents the credited agents as written, one name per element
 * @param tags the tags written after the attribution ({@code "important"}, {@code "regression"})
 * @param struck whether the whole head is struck out
 * @param text inline text that follows the head on its own line ("Title (future): text Codex"), or
 *     {@code ""}; a finding's body or an observation's text starts with it
 * @param line the 1-based input line of the head
 */
public record FindingHeadBlock(String number, String title, List<String> locations, List<String> agents,
        List<String> tags, boolean struck, String text, int line) implements Block {

    /** Tags as a template writes them in one group, comma-separated: {@code important, regression}. */
    public static List<String> tagsOf(String written) {
        return Inline.splitAtCommas(written.strip(), true);
    }

    public FindingHeadBlock {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        locations = List.copyOf(locations);
        agents = List.copyOf(agents);
        tags = List.copyOf(tags);
    }
}
