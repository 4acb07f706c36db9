package dev.reviewstats.internal.template;

import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.model.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.List;

/** The section titles the template has used, in all its versions, and what each one means. */
public final class SectionNames {
    /** "Important Issues (as raised; consolidated to S2 / dropped)": a note after the title of at most this many characters. */
    private static final int MAX_NOTE = 120;
    /** What a section says when it has nothing: "None.", "No suggestions.", "N/A". */
    private static final List<String> NONE_WORDS = List.of("none", "nothing", "n/a");
    /** "No …" says a section has nothing when it is short: at most this many characters after "no". */
    private static final int MAX_NO_SENTENCE = 60;
    /** How a report's own title starts: "Deep Review:", "Deep Code Review —", "Code Review", "Review". */
    private static final String DEEP = "deep";
    private static final String CODE = "code";
    private static final String REVIEW = "review";

    private static final Map<String, Region> TITLES = Map.ofEntries(
            Map.entry("consolidated review", Region.WRAPPER),
            Map.entry("header", Region.METADATA),
            Map.entry("metadata", Region.METADATA),
            Map.entry("executive summary", Region.EXECUTIVE_SUMMARY),
            Map.entry("summary of findings", Region.EXECUTIVE_SUMMARY),
            Map.entry("findings", Region.FINDINGS),
            Map.entry("consolidated findings", Region.FINDINGS),
            Map.entry("critical issues", Region.CRITICAL),
            Map.entry("critical findings", Region.CRITICAL),
            Map.entry("critical", Region.CRITICAL),
            Map.entry("important issues", Region.IMPORTANT),
            Map.entry("important findings", Region.IMPORTANT),
            Map.entry("important", Region.IMPORTANT),
            Map.entry("suggestions", Region.SUGGESTIONS),
            Map.entry("suggestion", Region.SUGGESTIONS),
            Map.entry("suggestion findings", Region.SUGGESTIONS),
            Map.entry("design observations", Region.DESIGN_OBSERVATIONS),
            Map.entry("concerns", Region.CONCERNS),
            Map.entry("strengths", Region.STRENGTHS),
            Map.entry("testing assessment", Region.TESTING),
            Map.entry("documentation assessment", Region.DOCUMENTATION),
            Map.entry("commit structure", Region.COMMIT_STRUCTURE),
            Map.entry("acknowledged limitations", Region.LIMITATIONS),
            Map.entry("unresolved feedback", Region.UNRESOLVED_FEEDBACK),
            Map.entry("coverage summary", Region.COVERAGE),
            Map.entry("agent performance retro", Region.RETRO),
            Map.entry("summary", Region.RETRO_TABLE),
            Map.entry("summary table", Region.RETRO_TABLE),
            Map.entry("reconciliation", Region.RECONCILIATION),
            Map.entry("review process notes", Region.PROCESS_NOTES),
            Map.entry("skill improvement recommendations", Region.PROCESS_NOTES),
            Map.entry("improvement recommendations", Region.PROCESS_NOTES),
            Map.entry("resolution", Region.RESOLUTION),
            Map.entry("appendix: original reviews", Region.APPENDIX),
            Map.entry("appendix - original reviews", Region.APPENDIX),
            Map.entry("appendix — original reviews", Region.APPENDIX),
            Map.entry("original reviews", Region.APPENDIX),
            Map.entry("per-agent reviews", Region.APPENDIX),
            Map.entry("per agent reviews", Region.APPENDIX),
            Map.entry("agent reviews", Region.APPENDIX),
            Map.entry("individual agent reviews", Region.APPENDIX),
            Map.entry("original agent reviews", Region.APPENDIX),
            Map.entry("raw agent reviews", Region.APPENDIX),
            Map.entry("severity changes", Region.RECONCILIATION),
            Map.entry("severity reconciliation", Region.RECONCILIATION),
            Map.entry("verdict", Region.VERDICT));

    private SectionNames() {
    }

    /** A title reduced to what identifies it: plain, lower case, without numbering or trailing noise. */
    public static String normalize(String title) {
        String t = Inline.plain(title).toLowerCase(Locale.ROOT);
        t = t.substring(leadingNumberEnd(t));
        // Flatteners append a pilcrow to headings; some renderers a colon.
        t = Inline.trimEdges(t, c -> false, c -> CharClass.isSpace((char) c) || c == ':' || c == '¶' || c == '#');
        String withoutNote = withoutTrailingNote(t);
        // Only a title the template knows sheds its note: "Findings (2)" is still Findings, an unknown title stays whole.
        return TITLES.containsKey(withoutNote.strip()) ? withoutNote.strip() : t.strip();
    }

    /** Whether a title names a section the template has used; front ends whose input lost the markup ask this. */
    public static boolean isKnownTitle(String title) {
        return TITLES.containsKey(normalize(title));
    }

    /** Whether a known title names a section that sits inside another (Summary in the retro, Concerns in Design Observations). */
    public static boolean isSubsectionTitle(String title) {
        Region r = TITLES.get(normalize(title));
        return r == Region.RETRO_TABLE || r == Region.CONCERNS || r == Region.STRENGTHS || r == Region.RECONCILIATION;
    }

    public static Region classify(String title) {
        String t = normalize(title);
        Region r = TITLES.get(t);
        if (r != null) {
            return r;
        }
        // "Appendix: Per-Agent Reviews", "Appendix B — Agent Reviews", "Appendix: [Claude]": every appendix
        // of the template holds the agents' own reviews.
        return t.startsWith(APPENDIX) ? Region.APPENDIX : Region.UNKNOWN;
    }

    private static final String APPENDIX = "appendix";

    /** The severity a findings region stands for, if it stands for one. */
    public static Optional<Severity> severityOf(Region region) {
        return switch (region) {
            case CRITICAL -> Optional.of(Severity.CRITICAL);
            case IMPORTANT -> Optional.of(Severity.IMPORTANT);
            case SUGGESTIONS -> Optional.of(Severity.SUGGESTION);
            default -> Optional.empty();
        };
    }

    /** "1. Consolidated Review", "2) Agent Performance Retro": where the title starts after its number, or 0. */
    static int leadingNumberEnd(String t) {
        int digits = CharClass.skipDigits(t, 0);
        if (digits == 0 || digits >= t.length() || (t.charAt(digits) != '.' && t.charAt(digits) != ')')) {
            return 0;
        }
        int end = CharClass.skipSpaces(t, digits + 1);
        return end > digits + 1 ? end : 0;
    }

    /** The title without a note in parentheses that ends it after a space, {@code Findings (as raised)}. */
    static String withoutTrailingNote(String t) {
        int n = t.length();
        for (int end = n; end >= n - 2 && end >= 1; end--) {
            if (!CharClass.isInputEnd(t, end) || t.charAt(end - 1) != ')') {
                continue;
            }
            int open = end - 2;
            while (open >= 0 && t.charAt(open) != '(' && t.charAt(open) != ')') {
                open--;
            }
            int length = end - 2 - open;
            if (open < 1 || t.charAt(open) != '(' || length < 1 || length > MAX_NOTE || !CharClass.isSpace(t.charAt(open - 1))) {
                continue;
            }
            int start = open - 1;
            while (start > 0 && CharClass.isSpace(t.charAt(start - 1))) {
                start--;
            }
            return t.substring(0, start) + t.substring(end);
        }
        return t;
    }

    /**
     * What follows a report's own title words ({@code Deep Review: PR #238} gives {@code PR #238}),
     * without regard to case; null when the title does not start with them.
     */
    public static String reviewTitleRest(String title) {
        int end = -1;
        if (CharClass.matchesAt(title, 0, DEEP)) {
            int next = CharClass.skipSpaces(title, DEEP.length());
            if (next > DEEP.length()) {
                int code = CharClass.matchesAt(title, next, CODE) ? CharClass.skipSpaces(title, next + CODE.length()) : next;
                code = code > next + CODE.length() ? code : next;
                end = CharClass.matchesAt(title, code, REVIEW) ? code + REVIEW.length() : -1;
            }
        } else if (CharClass.matchesAt(title, 0, CODE)) {
            int next = CharClass.skipSpaces(title, CODE.length());
            end = next > CODE.length() && CharClass.matchesAt(title, next, REVIEW) ? next + REVIEW.length() : -1;
        } else if (CharClass.matchesAt(title, 0, REVIEW)) {
            end = REVIEW.length();
        }
        if (end < 0 || !CharClass.isBoundary(title, end)) {
            return null;
        }
        int rest = CharClass.skipSpaces(title, end);
        if (rest < title.length() && ":—–-".indexOf(title.charAt(rest)) >= 0) {
            rest = CharClass.skipSpaces(title, rest + 1);
        }
        if (CharClass.hasLineTerminator(title, rest, title.length())) {
            return null;
        }
        return title.substring(rest);
    }

    /** Whether a section's text says it has nothing: "None.", "Nothing", "N/A", "No suggestions." (short). */
    public static boolean saysNone(String text) {
        String body = text.endsWith(".") || text.endsWith("!") ? text.substring(0, text.length() - 1) : text;
        for (String word : NONE_WORDS) {
            if (body.length() == word.length() && CharClass.matchesAt(body, 0, word)) {
                return true;
            }
        }
        if (!CharClass.matchesAt(text, 0, "no") || !CharClass.isBoundary(text, 2)) {
            return false;
        }
        if (CharClass.hasLineTerminator(text, 2, text.length())) {
            return false;
        }
        int rest = text.length() - 2;
        return rest <= MAX_NO_SENTENCE || rest == MAX_NO_SENTENCE + 1 && body.length() < text.length();
    }
}
