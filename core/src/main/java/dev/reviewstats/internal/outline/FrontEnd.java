package dev.reviewstats.internal.outline;

import dev.reviewstats.model.SourceForm;

/**
 * Reads one form of report into the outline. Every form's quirks end here: what comes out is the
 * same kind of outline whatever went in, so the section extractors are shared. Implementations are
 * stateless and thread-safe, and never throw on content: what they cannot read they leave out of
 * the outline and name in its notes. {@code FrontEndContract} in the tests holds each of them to
 * this.
 */
public interface FrontEnd {
    /** The form this front end reads. */
    SourceForm form();

    /**
     * Reads a whole input. Line numbers in the outline and its notes are 1-based lines of
     * {@code text}. An input that is recognisably no review (a catalogue page) comes back as an
     * outline that says so ({@link Outline#notAReview()}).
     *
     * @param text the decoded input, line breaks normalised to {@code \n}
     */
    Outline read(String text);
}
