package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.outline.FrontEndContract;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The flattened-text front end holds the front-end contract; trailing spaces, which extractors
 * leave at line ends, are the equivalent input.
 */
class FlattenedFrontEndTest extends FrontEndContract {
    private static final Pattern LINE_END = Pattern.compile("(?m)$");

    FlattenedFrontEndTest() {
        super(new FlattenedFrontEnd(), ".txt");
    }

    @Override
    protected boolean keepsBold() {
        return false;
    }

    @Override
    protected List<String> typicalLines() {
        return List.of("Deep Review: 20260415-184215-pr-77", "Date2026-04-15 18:42", "ReviewersClaude Opus 4.6, Codex GPT 5.4",
                "Commitsa1b2c3d subject", "Important Issues", "Agent Performance Retro", "Summary ¶",
                "I1. Retry loop has no upper bound Codex", "S2. Title", "Codex GPT 5.4Gemini 3.1 Pro(important, regression)",
                "Claude Opus 4.6Codex GPT 5.4", "Findings1C 1S1I", "Tool calls31 (Read 20, Grep 11)1218",
                "| Findings | 1C | 1I |", "| --- | --- | --- |", "  Date             2026-11-05 14:00",
                "  ----------------- -----------------", "#FindingAction", "1C1: TitleFixed", "***** Suggestions *****",
                "[S:Gemini 3.1 Pro:S]", "- bullet item", "Fix: cap it.", "Title (in-scope): text Claude");
    }

    @Override
    protected String equivalent(String input) {
        return LINE_END.matcher(input).replaceAll("  ");
    }
}
