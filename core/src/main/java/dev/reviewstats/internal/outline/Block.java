package dev.reviewstats.internal.outline;

/** A block of a section's content. */
public sealed interface Block permits Paragraph, FindingHeadBlock, ListBlock, CodeBlock, TableBlock, RawHtml {
    /** The 1-based input line where the block starts, or 0. */
    int line();
}
