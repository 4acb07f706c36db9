package dev.reviewstats.internal.template;

import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.model.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The section titles the template has used, in all its versions, and what each one means. */
public final class SectionNames {
    /** "1. Consolidated Review", "2) Agent Performance Retro". */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[.)]\\s+");
    /** "Important Issues (as raised; consolidated to S2 / dropped)": a note after the title. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s+\\([^()]{1,120}\\)$");
    /** Flatteners append a pilcrow to headings; some renderers a colon. */
    private static final Pattern TRAILING_NOISE = Pattern.compile("[\\s:¶#]+$");
    public static final Pattern REVIEW_TITLE = Pattern.compile(
            "(?i)^(?:deep\\s+(?:code\\s+)?review|code\\s+review|review)\\b\\s*[:—–-]?\\s*(?<rest>.*)$");
    /** What a section says when it has nothing: "None.", "No suggestions.", "N/A". */
    public static final Pattern SAYS_NONE = Pattern.compile("(?i)^(?:none|nothing|n/a|no\\b.{0,60})[.!]?$");

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
        t = LEADING_NUMBER.matcher(t).replaceFirst("");
        t = TRAILING_NOISE.matcher(t).replaceFirst("");
        String withoutNote = TRAILING_NOTE.matcher(t).replaceFirst("");
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
}
