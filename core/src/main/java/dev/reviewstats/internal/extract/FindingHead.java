package dev.reviewstats.internal.extract;

import static dev.reviewstats.internal.outline.CharClass.isLetter;
import static dev.reviewstats.internal.outline.CharClass.isLineTerminator;
import static dev.reviewstats.internal.outline.CharClass.isSpace;
import static dev.reviewstats.internal.outline.CharClass.matchesAt;
import static dev.reviewstats.internal.outline.CharClass.skipDigits;
import static dev.reviewstats.internal.outline.CharClass.skipSpaces;

import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.internal.template.Vocabulary;
import dev.reviewstats.model.Location;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first line of a finding, taken apart: id or number, bracketed severity, title, locations,
 * credited agents (as written) and trailing tags. Markdown heads are text and are parsed here
 * ({@link #parse}); the other front ends hand over a {@link FindingHeadBlock} whose parts are
 * already data ({@link #of}), and only the title, which is text in every form, is read here.
 *
 * <p>The grammar is a scan, not patterns: every head of every report passes through it, and its parts
 * (an id's marks, a bracket's word, a bold title) are each one pass over a few characters.
 * {@code FindingHeadTest} checks it against the patterns it replaced.
 */
record FindingHead(
        String explicitId,
        int number,
        Severity bracketSeverity,
        String title,
        List<Location> locations,
        List<String> agentGroups,
        Severity tagSeverity,
        List<String> tags,
        boolean withdrawn,
        List<String> notes,
        String tail) {

    FindingHead {
        notes = List.copyOf(notes);
    }

    /** The severity words a head's brackets and leads are read for, in small letters. */
    private static final List<String> SEVERITY_WORDS = List.of("critical", "important", "suggestion");
    /** Words in a severity bracket that say the claim was investigated and not kept: "[DOWNGRADED from CRITICAL]". */
    private static final List<String> WITHDRAWAL_BRACKET_WORDS = List.of("downgraded", "rejected", "invalid", "withdrawn", "dropped");
    /** Capitals after a title that withdraw it: "~~Title~~ **INVALID**". */
    private static final List<String> WITHDRAWAL_MARKS = List.of("INVALID", "WITHDRAWN", "RETRACTED");
    /** What may follow a severity word in a bracket of several words: "[Important issue]". */
    private static final List<String> SEVERITY_NOUNS = List.of(" issue", " finding");
    /** A bracket's word: a letter, then 2 to 40 letters or spaces. */
    private static final int BRACKET_MIN = 2;
    private static final int BRACKET_MAX = 40;
    /** A tag group: a letter, then 2 to 60 letters, spaces, commas or hyphens. */
    private static final int TAGS_MIN = 2;
    private static final int TAGS_MAX = 60;
    /** A tag word: a letter, then 1 to 40 letters or hyphens. */
    private static final int TAG_WORD_MAX = 40;

    /** Whether a line starts like a finding: an id, a bracketed severity, or a number before bold text. */
    static boolean looksLikeHead(String line) {
        String s = codeId(withoutLeadNoise(line));
        if (id(s) != null) {
            return true;
        }
        Bracket b = bracket(s);
        if (b != null && CharClass.findWord(b.word(), SEVERITY_WORDS, true) >= 0) {
            return true;
        }
        return severityLead(s) != null || numberPrefix(s) != null;
    }

    /** The line without the heading marks and spaces that lead it. */
    private static String withoutLeadNoise(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '#' || isSpace(line.charAt(i)))) {
            i++;
        }
        return line.substring(i);
    }

    /**
     * The line with an id written as code ({@code `S1.`}, after an optional {@code **} or {@code ~~})
     * written plain; a stop is added when the code had none.
     */
    private static String codeId(String s) {
        int before = s.startsWith("**") || s.startsWith("~~") ? 2 : 0;
        int letter = before + 1;
        if (s.length() <= letter || s.charAt(before) != '`' || !Vocabulary.isSeverityLetter(s.charAt(letter))) {
            return s;
        }
        int digits = skipDigits(s, letter + 1);
        if (!isNumber(digits - letter - 1)) {
            return s;
        }
        int end = digits < s.length() && isStop(s.charAt(digits)) ? digits + 1 : digits;
        if (end >= s.length() || s.charAt(end) != '`') {
            return s;
        }
        String id = s.substring(letter, end);
        String plainId = end == digits ? id + "." : id;
        return s.substring(0, before) + plainId + s.substring(end + 1);
    }

    private static boolean isStop(char c) {
        return c == '.' || c == ':' || c == ')';
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '–' || c == '-';
    }

    private static boolean isNumber(int digits) {
        return digits >= 1 && digits <= Vocabulary.FINDING_NUMBER_DIGITS;
    }

    /**
     * An id where a head starts, after the emphasis marks that open it: {@code **I1.}, {@code ~~C2:},
     * {@code S3)}, and inside bold also {@code **I1 —}; {@code end} is past the separator and its spaces.
     */
    private record Id(String marks, String id, int end) {
    }

    private static Id id(String s) {
        int n = s.length();
        int m = 0;
        while (m < n && (s.charAt(m) == '*' || s.charAt(m) == '~')) {
            m++;
        }
        if (m >= n || !Vocabulary.isSeverityLetter(s.charAt(m))) {
            return null;
        }
        int digits = skipDigits(s, m + 1);
        if (!isNumber(digits - m - 1)) {
            return null;
        }
        int sep = skipSpaces(s, digits);
        if (sep >= n) {
            return null;
        }
        char c = s.charAt(sep);
        String marks = s.substring(0, m);
        // A stop may follow any marks; a dash only bold or struck ones, "**I1 — Title**".
        boolean stop = isStop(c) && pairedRuns(marks, '~');
        boolean dash = (isStop(c) || isDash(c)) && m > 0 && pairedRuns(marks, '~') && pairedRuns(marks, '*');
        if (!stop && !dash) {
            return null;
        }
        String id = s.charAt(m) + String.valueOf(Counts.intOrMinusOne(s.substring(m + 1, digits)));
        return new Id(marks, id, skipSpaces(s, sep + 1));
    }

    /** Whether every run of {@code c} in {@code marks} is of even length: made of {@code ~~} or {@code **} marks. */
    private static boolean pairedRuns(String marks, char c) {
        int run = 0;
        for (int i = 0; i <= marks.length(); i++) {
            if (i < marks.length() && marks.charAt(i) == c) {
                run++;
            } else if (run % 2 != 0) {
                return false;
            } else {
                run = 0;
            }
        }
        return true;
    }

    /** A number before bold text: {@code 2. **Title**}, {@code ~~2) **Title**}; {@code end} is where the bold starts. */
    private record Numbered(boolean struck, String digits, int end) {
    }

    private static Numbered numberPrefix(String s) {
        int n = s.length();
        int from = s.startsWith("~~") ? 2 : 0;
        int digits = skipDigits(s, from);
        if (!isNumber(digits - from) || digits >= n || (s.charAt(digits) != '.' && s.charAt(digits) != ')')) {
            return null;
        }
        int end = skipSpaces(s, digits + 1);
        if (end == digits + 1) {
            return null;
        }
        int bold = s.startsWith("~~", end) ? end + 2 : end;
        return s.startsWith("**", bold) ? new Numbered(from > 0, s.substring(from, digits), end) : null;
    }

    /** A bold severity that leads a head: {@code **CRITICAL**}, {@code **[Important]**:}, with the spaces after it. */
    private record SeverityLead(Severity severity, int end) {
    }

    private static SeverityLead severityLead(String s) {
        if (!s.startsWith("**")) {
            return null;
        }
        int i = s.startsWith("[", 2) ? 3 : 2;
        String word = severityWordAt(s, i);
        if (word == null) {
            return null;
        }
        i += word.length();
        i = s.startsWith("]", i) ? i + 1 : i;
        if (!s.startsWith("**", i)) {
            return null;
        }
        i = s.startsWith(":", i + 2) ? i + 3 : i + 2;
        int end = skipSpaces(s, i);
        return end == i ? null : new SeverityLead(Severity.fromWord(word).orElse(null), end);
    }

    private static String severityWordAt(String s, int at) {
        for (String w : SEVERITY_WORDS) {
            if (matchesAt(s, at, w)) {
                return w;
            }
        }
        return null;
    }

    /** A bracket that leads a title: {@code [CRITICAL]}, {@code **[Important]}; {@code end} is past it and its spaces. */
    private record Bracket(String word, int end) {
    }

    private static Bracket bracket(String s) {
        int n = s.length();
        int i = skipSpaces(s, 0);
        i = s.startsWith("**[", i) ? i + 2 : i;
        if (i + 1 >= n || s.charAt(i) != '[' || !isLetter(s.charAt(i + 1))) {
            return null;
        }
        int end = i + 2;
        while (end < n && (isLetter(s.charAt(end)) || s.charAt(end) == ' ')) {
            end++;
        }
        int length = end - i - 2;
        if (length < BRACKET_MIN || length > BRACKET_MAX || end >= n || s.charAt(end) != ']') {
            return null;
        }
        return new Bracket(s.substring(i + 1, end), skipSpaces(s, end + 1));
    }

    /** An id or number as a front end hands it over: {@code I1}, {@code 2}, {@code C3.}; the letter is {@code ""} for a number. */
    private record Given(String letter, String digits) {
    }

    private static Given givenNumber(String s) {
        int letter = !s.isEmpty() && Vocabulary.isSeverityLetter(s.charAt(0)) ? 1 : 0;
        int digits = skipDigits(s, letter);
        if (!isNumber(digits - letter)) {
            return null;
        }
        int end = digits < s.length() && isStop(s.charAt(digits)) ? digits + 1 : digits;
        return end == s.length() ? new Given(s.substring(0, letter), s.substring(letter, digits)) : null;
    }

    /** A head a front end recognised: its parts are taken as they are, only the title is read. */
    static FindingHead of(FindingHeadBlock block) {
        String id = "";
        int number = 0;
        Given given = givenNumber(block.number().strip());
        if (given != null) {
            int digits = Counts.intOrMinusOne(given.digits());
            if (!given.letter().isEmpty()) {
                id = given.letter() + digits;
            } else {
                number = digits;
            }
        }
        List<Location> locations = new ArrayList<>();
        String text = block.title();
        Severity lead = null;
        SeverityLead l = severityLead(text);
        if (l != null) {
            lead = l.severity();
            text = text.substring(l.end());
        }
        // "~~Title~~ **INVALID**": a struck title is withdrawn, as is one a withdrawal word follows.
        boolean struck = false;
        String after = "";
        int close = text.startsWith("~~") ? text.indexOf('~', 2) : -1;
        if (close > 2 && text.startsWith("~~", close)) {
            struck = true;
            after = text.substring(close + 2);
            text = text.substring(2, close);
        }
        Title title = title(text, locations);
        for (String written : block.locations()) {
            CodeLocations.written(written.strip(), locations);
        }
        Severity tagSeverity = null;
        List<String> tags = new ArrayList<>();
        for (String tag : block.tags()) {
            String w = tag.strip().toLowerCase(Locale.ROOT);
            Optional<Severity> sev = Severity.fromWord(w);
            if (sev.isPresent()) {
                tagSeverity = tagSeverity == null ? sev.get() : tagSeverity;
            } else if (isTagWord(w)) {
                tags.add(w);
            }
        }
        Severity bracket = title.bracket() != null ? title.bracket() : lead;
        boolean withdrawn = block.struck() || struck || title.withdrawn() || CharClass.findWord(after, WITHDRAWAL_MARKS, false) >= 0;
        return new FindingHead(id, number, bracket, title.text(), locations, block.agents(), tagSeverity, tags, withdrawn,
                List.of(), "");
    }

    /** A head written as Markdown inline text. */
    static FindingHead parse(String line) {
        String s = codeId(withoutLeadNoise(line));
        String id = "";
        int number = 0;
        Id found = id(s);
        if (found != null) {
            id = found.id();
            s = found.marks() + s.substring(found.end());
        }
        boolean struck = false;
        Numbered numbered = id.isEmpty() ? numberPrefix(s) : null;
        if (numbered != null) {
            number = Counts.intOrMinusOne(numbered.digits());
            struck = numbered.struck();
            s = s.substring(numbered.end());
        }
        String titleText;
        String rest;
        Severity lead = null;
        List<Location> locations = new ArrayList<>();
        SeverityLead sevLead = severityLead(s);
        if (sevLead != null) {
            lead = sevLead.severity();
            s = s.substring(sevLead.end());
            // "**CRITICAL** app_controller.go:58 — Title": the location leads the title.
            s = withoutLeadingLocations(s, locations);
        }
        Bold bold = bold(s);
        if (bold != null) {
            struck |= bold.struck();
            titleText = bold.title();
            rest = s.substring(bold.end());
        } else {
            int cut = titleEnd(s);
            titleText = s.substring(0, cut);
            rest = s.substring(cut);
        }
        Title title = title(titleText, locations);
        locations.addAll(CodeLocations.in(rest, false));
        // "[Claude Opus 4.6, Codex GPT 5.4]" or "[Claude Opus 4.7] [Codex GPT 5.5]": every group counts.
        List<String> agents = bracketed(rest);
        Severity tagSeverity = null;
        List<String> tags = new ArrayList<>();
        for (String group : tagGroups(rest)) {
            for (String word : group.split(",")) {
                String w = word.strip().toLowerCase(Locale.ROOT);
                Optional<Severity> sev = Severity.fromWord(w);
                if (sev.isPresent() && tagSeverity == null) {
                    tagSeverity = sev.get();
                } else if (!w.isEmpty() && !w.contains(" ") && sev.isEmpty()) {
                    tags.add(w);
                }
            }
        }
        boolean withdrawn = struck || title.withdrawn() || CharClass.findWord(rest, WITHDRAWAL_MARKS, false) >= 0;
        Severity bracket = title.bracket() != null ? title.bracket() : lead;
        HeadEnd end = headEnd(rest);
        return new FindingHead(id, number, bracket, title.text(), locations, agents, tagSeverity, tags, withdrawn,
                end.notes(), end.tail());
    }

    /** A bold title that opens the head, struck out or not: {@code **Title**}, {@code ~~**Title**~~}. */
    private record Bold(boolean struck, String title, int end) {
    }

    /** The first bold that opens {@code s}; its text is one line of at least one character. */
    private static Bold bold(String s) {
        int open = s.startsWith("~~") ? 2 : 0;
        if (!s.startsWith("**", open)) {
            return null;
        }
        int from = open + 2;
        for (int close = from + 1; close + 1 < s.length(); close++) {
            if (isLineTerminator(s.charAt(close - 1))) {
                return null;
            }
            if (s.charAt(close) == '*' && s.charAt(close + 1) == '*') {
                boolean struckClose = s.startsWith("~~", close + 2);
                return new Bold(open > 0 || struckClose, s.substring(from, close), close + (struckClose ? 4 : 2));
            }
        }
        return null;
    }

    /** Where a title written without bold ends: at a spaced dash, a bracket, or a parenthesis after a space. */
    private static int titleEnd(String s) {
        int n = s.length();
        for (int p = 0; p < n; p++) {
            char c = s.charAt(p);
            if (c == '[') {
                return p;
            }
            if (!isSpace(c)) {
                continue;
            }
            int q = skipSpaces(s, p);
            if (q < n) {
                char d = s.charAt(q);
                boolean spacedDash = isDash(d) && q + 1 < n && isSpace(s.charAt(q + 1));
                boolean starParen = d == '*' && q + 1 < n && s.charAt(q + 1) == '(';
                if (spacedDash || d == '[' || d == '(' || starParen) {
                    return p;
                }
            }
            p = q - 1;
        }
        return n;
    }

    /** The text of each {@code [agents]} group, left to right. */
    private static List<String> bracketed(String s) {
        List<String> out = new ArrayList<>();
        int i = s.indexOf('[');
        while (i >= 0) {
            int k = i + 1;
            while (k < s.length() && s.charAt(k) != '[' && s.charAt(k) != ']') {
                k++;
            }
            if (k < s.length() && s.charAt(k) == ']' && k > i + 1) {
                out.add(s.substring(i + 1, k));
                i = s.indexOf('[', k + 1);
            } else {
                i = s.indexOf('[', i + 1);
            }
        }
        return out;
    }

    /** The text of each {@code (tags)} group, {@code (important, regression)}, left to right. */
    private static List<String> tagGroups(String s) {
        List<String> out = new ArrayList<>();
        int i = s.indexOf('(');
        while (i >= 0) {
            int end = -1;
            if (i + 1 < s.length() && isLetter(s.charAt(i + 1))) {
                int k = i + 2;
                while (k < s.length() && isTagGroupChar(s.charAt(k))) {
                    k++;
                }
                int length = k - i - 2;
                if (length >= TAGS_MIN && length <= TAGS_MAX && k < s.length() && s.charAt(k) == ')') {
                    end = k;
                }
            }
            if (end > 0) {
                out.add(s.substring(i + 1, end));
                i = s.indexOf('(', end + 1);
            } else {
                i = s.indexOf('(', i + 1);
            }
        }
        return out;
    }

    private static boolean isTagGroupChar(char c) {
        return isLetter(c) || c == ' ' || c == ',' || c == '-';
    }

    /** One tag word: {@code regression}, {@code new-code}. */
    private static boolean isTagWord(String w) {
        if (w.length() < 2 || w.length() > TAG_WORD_MAX + 1 || !isLetter(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!isLetter(w.charAt(i)) && w.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /** Where a head line's structure ends: its parenthetical notes, and the text after it. */
    private record HeadEnd(List<String> notes, String tail) {
    }

    /**
     * Walks the head's parts after the title (locations in code spans, {@code [agents]}, {@code (tags)},
     * {@code (notes)}, separated by dashes and commas); what follows is the finding's text begun on the
     * same line ("… `index.ts:12` (important, gap). The change …"). A parenthetical that is no tag group
     * is a note ("(raised important; consolidated to S2)").
     */
    private static HeadEnd headEnd(String rest) {
        List<String> notes = new ArrayList<>();
        int i = 0;
        int n = rest.length();
        while (i < n) {
            char c = rest.charAt(i);
            if (Character.isWhitespace(c) || c == '—' || c == '–' || c == '-' || c == ',' || c == ':' || c == '*') {
                i++;
                continue;
            }
            char close = c == '`' ? '`' : c == '[' ? ']' : c == '(' ? ')' : 0;
            if (close == 0) {
                break;
            }
            int end = c == '(' ? closing(rest, i) : rest.indexOf(close, i + 1);
            if (end < 0) {
                break;
            }
            if (c == '(') {
                String inner = rest.substring(i + 1, end);
                if (!isTagGroup(inner)) {
                    notes.add(inner.strip());
                }
            }
            i = end + 1;
        }
        String tail = rest.substring(Math.min(i, n)).strip();
        while (tail.startsWith(".") || tail.startsWith("*")) {
            tail = tail.substring(1).strip();
        }
        return new HeadEnd(notes, tail);
    }

    /** {@code important, regression}, {@code future}: one word each, comma-separated. */
    private static boolean isTagGroup(String inner) {
        for (String part : inner.split(",")) {
            if (!isTagWord(part.strip())) {
                return false;
            }
        }
        return true;
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    static int closing(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** What a title's text holds besides the title: a bracketed severity, a withdrawal, leading locations. */
    private record Title(String text, Severity bracket, boolean withdrawn) {
    }

    /**
     * {@code s} after the code locations that lead it up to a spaced dash ({@code app.go:58 — Title}),
     * which are added to {@code locations}; {@code s} itself when none lead it.
     */
    private static String withoutLeadingLocations(String s, List<Location> locations) {
        int[] dash = Inline.spacedDash(s);
        if (dash == null) {
            return s;
        }
        List<Location> leading = CodeLocations.in(s.substring(0, dash[0]), true);
        if (leading.isEmpty()) {
            return s;
        }
        locations.addAll(leading);
        return s.substring(dash[1]);
    }

    /** Reads a title's text; locations that lead it are added to {@code locations}. */
    private static Title title(String text, List<Location> locations) {
        String title = text;
        Severity bracket = null;
        boolean withdrawn = false;
        Bracket br = bracket(title);
        if (br != null && CharClass.findWord(br.word(), SEVERITY_WORDS, true) >= 0) {
            bracket = bracketSeverity(br.word()).orElse(null);
            // "[DOWNGRADED from CRITICAL]" under "None confirmed.": an investigated claim, not a finding.
            withdrawn = CharClass.findWord(br.word(), WITHDRAWAL_BRACKET_WORDS, true) >= 0;
            title = title.substring(br.end());
        }
        // "[CRITICAL] lima.yaml:38 — Hardcoded home directory": the location leads the title.
        title = withoutLeadingLocations(title, locations);
        // "**I1. Title — `path/file.go:12-30`**": the location follows the title inside the bold.
        int dash = lastDashSeparator(title);
        if (dash > 0) {
            List<Location> trailing = CodeLocations.in(title.substring(dash), true);
            if (!trailing.isEmpty() && CodeLocations.onlyLocations(title.substring(dash))) {
                locations.addAll(trailing);
                title = title.substring(0, dash);
            }
        }
        return new Title(withoutEdges(Inline.plain(title)), bracket, withdrawn);
    }

    /** Where the last " — " or " – " of a title starts, or -1. */
    private static int lastDashSeparator(String title) {
        for (int i = title.length() - 2; i > 0; i--) {
            char c = title.charAt(i);
            if ((c == '—' || c == '–') && Character.isWhitespace(title.charAt(i - 1)) && Character.isWhitespace(title.charAt(i + 1))) {
                return i - 1;
            }
        }
        return -1;
    }

    private static boolean isEdge(char c) {
        return isSpace(c) || c == '—' || c == '–' || c == ':' || c == '-';
    }

    /** The title without the spaces, dashes and colons at its ends; a final line break stays, as {@code $} leaves it. */
    private static String withoutEdges(String s) {
        return Inline.trimEdges(s, c -> isEdge((char) c), c -> isEdge((char) c));
    }

    /** A bracket's severity: one word, or a severity named plainly ("Important issue"); not "DOWNGRADED from CRITICAL". */
    private static Optional<Severity> bracketSeverity(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.contains(" ") && !isPlainSeverity(w) ? Optional.empty() : Severity.fromWord(w);
    }

    /** {@code important}, {@code suggestions}, {@code critical issue}: a severity word with an optional plural and noun. */
    private static boolean isPlainSeverity(String w) {
        for (String sev : SEVERITY_WORDS) {
            if (w.startsWith(sev)) {
                int i = sev.length();
                i = w.startsWith("s", i) ? i + 1 : i;
                if (i == w.length()) {
                    return true;
                }
                for (String noun : SEVERITY_NOUNS) {
                    if (w.startsWith(noun, i) && i + noun.length() == w.length()) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
