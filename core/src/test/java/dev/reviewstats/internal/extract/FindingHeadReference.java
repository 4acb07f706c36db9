package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.Vocabulary;
import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.model.Location;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The finding-head grammar as it was written with regular expressions, kept as the reference that
 * {@link FindingHead}'s scanner is checked against ({@code FindingHeadTest}).
 */
final class FindingHeadReference {
    private FindingHeadReference() {
    }

    private static final Pattern LEAD_NOISE = Pattern.compile("^[#\\s]+");
    /** {@code `S1.` **Title**}, {@code **`I2`** Title}: an id written as code is an id. */
    private static final Pattern CODE_ID = Pattern.compile("^(?<before>(?:\\*\\*|~~)?)`(?<id>[CIS]" + Vocabulary.FINDING_NUMBER + "[.:)]?)`");
    private static final Pattern ID_PREFIX = Pattern.compile(
            "^(?<marks>(?:~~|\\*\\*|\\*)*)(?<letter>[CIS])(?<digits>" + Vocabulary.FINDING_NUMBER + ")\\s*[.:)]\\s*");
    private static final Pattern ID_IN_BOLD = Pattern.compile(
            "^(?<marks>(?:~~|\\*\\*)+)(?<letter>[CIS])(?<digits>" + Vocabulary.FINDING_NUMBER + ")\\s*[.:)—–-]\\s*");
    /** An id or number as a front end hands it over: {@code I1}, {@code 2}, {@code C3.}. */
    private static final Pattern GIVEN_NUMBER = Pattern.compile("^(?<letter>[CIS])?(?<digits>" + Vocabulary.FINDING_NUMBER + ")[.:)]?$");
    /** {@code 2. **Title**}, and struck out as a whole: {@code ~~2. **Title** -- FIXED~~}. */
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?<struck>~~)?(?<digits>" + Vocabulary.FINDING_NUMBER + ")[.)]\\s+(?=(?:~~)?\\*\\*)");
    private static final Pattern BRACKET = Pattern.compile("^\\s*(?:\\*\\*)?\\[(?<word>[A-Za-z][A-Za-z ]{2,40})\\]\\s*");
    private static final Pattern SEVERITY_LEAD = Pattern.compile(
            "(?i)^\\*\\*\\[?(?<severity>critical|important|suggestion)\\]?\\*\\*:?\\s+");
    private static final Pattern BOLD = Pattern.compile("^(?<open>(?:~~)?)\\*\\*(?<title>.+?)\\*\\*(?<close>(?:~~)?)");
    private static final Pattern CODE_SPAN = Pattern.compile("`(?<code>[^`]+)`");
    private static final Pattern LOCATION = Pattern.compile(
            "^(?<path>[\\w@.~/\\-]*[\\w\\-]\\.[A-Za-z0-9]{1,6}|[\\w@.~\\-]+/[\\w@.~/\\-]+)"
                    + "(?::(?<lines>\\d+(?:\\s*[-–]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-–]\\s*\\d+)?)*))?$");
    private static final Pattern BARE_LOCATION = Pattern.compile(
            "(?<path>[\\w.~/\\-]+\\.[A-Za-z0-9]{1,6}):(?<lines>\\d+(?:\\s*[-–]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-–]\\s*\\d+)?)*)");
    private static final Pattern SEVERITY_WORD = Pattern.compile("(?i)\\b(?:critical|important|suggestion)\\b");
    private static final Pattern WITHDRAWN_BRACKET = Pattern.compile("(?i)\\b(?:downgraded|rejected|invalid|withdrawn|dropped)\\b");
    /** A dash between spaces; the lookbehind lets a match start only at a run's first space, so a long run is scanned once. */
    private static final Pattern DASH_SEPARATOR = Pattern.compile("(?<!\\s)\\s+[—–]\\s+");
    private static final Pattern TITLE_EDGES = Pattern.compile("^[\\s—–:-]+|[\\s—–:-]+$");
    private static final Pattern PLAIN_SEVERITY = Pattern.compile("(critical|important|suggestion)s?( issue| finding)?");
    private static final Pattern RANGE = Pattern.compile("(?<start>\\d+)(?:\\s*[-–]\\s*(?<end>\\d+))?");
    private static final Pattern BRACKETED = Pattern.compile("\\[(?<agents>[^\\[\\]]+)\\]");
    private static final Pattern TAG = Pattern.compile("\\*?\\((?<tags>[a-zA-Z][a-zA-Z ,\\-]{2,60})\\)\\*?");
    /** One tag word as a front end hands it over. */
    private static final Pattern TAG_WORD = Pattern.compile("[a-zA-Z][a-zA-Z\\-]{1,40}");
    private static final Pattern WITHDRAWN = Pattern.compile("\\b(?:INVALID|WITHDRAWN|RETRACTED)\\b");
    /** A title that starts struck out, and what follows the struck part. */
    private static final Pattern LEADING_STRUCK = Pattern.compile("^~~(?<title>[^~]+)~~(?<rest>.*)$", Pattern.DOTALL);
    private static final Pattern TITLE_END = Pattern.compile("\\s+[—–]\\s+|\\s+-\\s+|\\s*\\[|\\s+\\*?\\(");

    /** Whether a line starts like a finding: an id, a bracketed severity, or a number before bold text. */
    static boolean looksLikeHead(String line) {
        String s = codeId(LEAD_NOISE.matcher(line).replaceFirst(""));
        if (ID_PREFIX.matcher(s).find() || ID_IN_BOLD.matcher(s).find()) {
            return true;
        }
        Matcher b = BRACKET.matcher(s);
        if (b.find() && SEVERITY_WORD.matcher(b.group("word")).find()) {
            return true;
        }
        if (SEVERITY_LEAD.matcher(s).find()) {
            return true;
        }
        return NUMBER_PREFIX.matcher(s).find();
    }

    /** The line with an id written as code ({@code `S1.`}) written plain; a stop is added when the code had none. */
    private static String codeId(String s) {
        Matcher m = CODE_ID.matcher(s);
        if (!m.find()) {
            return s;
        }
        String id = m.group("id");
        char last = id.charAt(id.length() - 1);
        String plainId = Character.isDigit(last) ? id + "." : id;
        return m.group("before") + plainId + s.substring(m.end());
    }

    /** A head a front end recognised: its parts are taken as they are, only the title is read. */
    static FindingHead of(FindingHeadBlock block) {
        String id = "";
        int number = 0;
        Matcher n = GIVEN_NUMBER.matcher(block.number().strip());
        if (n.matches()) {
            int digits = Counts.intOrMinusOne(n.group("digits"));
            if (n.group("letter") != null) {
                id = n.group("letter") + digits;
            } else {
                number = digits;
            }
        }
        List<Location> locations = new ArrayList<>();
        String text = block.title();
        Severity lead = null;
        Matcher l = SEVERITY_LEAD.matcher(text);
        if (l.find()) {
            lead = Severity.fromWord(l.group("severity")).orElse(null);
            text = text.substring(l.end());
        }
        // "~~Title~~ **INVALID**": a struck title is withdrawn, as is one a withdrawal word follows.
        boolean struck = false;
        String after = "";
        Matcher s = LEADING_STRUCK.matcher(text);
        if (s.matches()) {
            struck = true;
            after = s.group("rest");
            text = s.group("title");
        }
        Title title = title(text, locations);
        for (String written : block.locations()) {
            location(written.strip(), locations);
        }
        Severity tagSeverity = null;
        List<String> tags = new ArrayList<>();
        for (String tag : block.tags()) {
            String w = tag.strip().toLowerCase(Locale.ROOT);
            Optional<Severity> sev = Severity.fromWord(w);
            if (sev.isPresent()) {
                tagSeverity = tagSeverity == null ? sev.get() : tagSeverity;
            } else if (TAG_WORD.matcher(w).matches()) {
                tags.add(w);
            }
        }
        Severity bracket = title.bracket() != null ? title.bracket() : lead;
        boolean withdrawn = block.struck() || struck || title.withdrawn() || WITHDRAWN.matcher(after).find();
        return new FindingHead(id, number, bracket, title.text(), locations, block.agents(), tagSeverity, tags, withdrawn,
                List.of(), "");
    }

    /** A head written as Markdown inline text. */
    static FindingHead parse(String line) {
        String s = codeId(LEAD_NOISE.matcher(line).replaceFirst(""));
        String id = "";
        int number = 0;
        Matcher m = ID_PREFIX.matcher(s);
        boolean found = m.find();
        if (!found) {
            m = ID_IN_BOLD.matcher(s);
            found = m.find();
        }
        if (found) {
            id = m.group("letter") + Counts.intOrMinusOne(m.group("digits"));
            s = m.group("marks") + s.substring(m.end());
        }
        boolean struck = false;
        if (id.isEmpty() && (m = NUMBER_PREFIX.matcher(s)).find()) {
            number = Counts.intOrMinusOne(m.group("digits"));
            struck = m.group("struck") != null;
            s = s.substring(m.end());
        }
        String titleText;
        String rest;
        Severity lead = null;
        List<Location> locations = new ArrayList<>();
        Matcher sevLead = SEVERITY_LEAD.matcher(s);
        if (sevLead.find()) {
            lead = Severity.fromWord(sevLead.group("severity")).orElse(null);
            s = s.substring(sevLead.end());
            // "**CRITICAL** app_controller.go:58 — Title": the location leads the title.
            String[] parts = DASH_SEPARATOR.split(s, 2);
            if (parts.length == 2 && !locationsIn(parts[0], true).isEmpty()) {
                locations.addAll(locationsIn(parts[0], true));
                s = parts[1];
            }
        }
        Matcher bold = BOLD.matcher(s);
        if (bold.find()) {
            struck |= !bold.group("open").isEmpty() || !bold.group("close").isEmpty();
            titleText = bold.group("title");
            rest = s.substring(bold.end());
        } else {
            Matcher end = TITLE_END.matcher(s);
            int cut = end.find() ? end.start() : s.length();
            titleText = s.substring(0, cut);
            rest = s.substring(cut);
        }
        Title title = title(titleText, locations);
        locations.addAll(locationsIn(rest, false));
        // "[Claude Opus 4.6, Codex GPT 5.4]" or "[Claude Opus 4.7] [Codex GPT 5.5]": every group counts.
        List<String> agents = new ArrayList<>();
        Matcher bx = BRACKETED.matcher(rest);
        while (bx.find()) {
            agents.add(bx.group("agents"));
        }
        Severity tagSeverity = null;
        List<String> tags = new ArrayList<>();
        Matcher t = TAG.matcher(rest);
        while (t.find()) {
            for (String word : t.group("tags").split(",")) {
                String w = word.strip().toLowerCase(Locale.ROOT);
                Optional<Severity> sev = Severity.fromWord(w);
                if (sev.isPresent() && tagSeverity == null) {
                    tagSeverity = sev.get();
                } else if (!w.isEmpty() && !w.contains(" ") && sev.isEmpty()) {
                    tags.add(w);
                }
            }
        }
        boolean withdrawn = struck || title.withdrawn() || WITHDRAWN.matcher(rest).find();
        Severity bracket = title.bracket() != null ? title.bracket() : lead;
        HeadEnd end = headEnd(rest);
        return new FindingHead(id, number, bracket, title.text(), locations, agents, tagSeverity, tags, withdrawn,
                end.notes(), end.tail());
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
            if (!TAG_WORD.matcher(part.strip()).matches()) {
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

    /** Reads a title's text; locations that lead it are added to {@code locations}. */
    private static Title title(String text, List<Location> locations) {
        String title = text;
        Severity bracket = null;
        boolean withdrawn = false;
        Matcher br = BRACKET.matcher(title);
        if (br.find() && SEVERITY_WORD.matcher(br.group("word")).find()) {
            bracket = bracketSeverity(br.group("word")).orElse(null);
            // "[DOWNGRADED from CRITICAL]" under "None confirmed.": an investigated claim, not a finding.
            withdrawn = WITHDRAWN_BRACKET.matcher(br.group("word")).find();
            title = title.substring(br.end());
        }
        // "[CRITICAL] lima.yaml:38 — Hardcoded home directory": the location leads the title.
        String[] locationLead = DASH_SEPARATOR.split(title, 2);
        if (locationLead.length == 2 && !locationsIn(locationLead[0], true).isEmpty()) {
            locations.addAll(locationsIn(locationLead[0], true));
            title = locationLead[1];
        }
        // "**I1. Title — `path/file.go:12-30`**": the location follows the title inside the bold.
        int dash = lastDashSeparator(title);
        if (dash > 0) {
            List<Location> trailing = locationsIn(title.substring(dash), true);
            if (!trailing.isEmpty() && onlyLocations(title.substring(dash))) {
                locations.addAll(trailing);
                title = title.substring(0, dash);
            }
        }
        String clean = TITLE_EDGES.matcher(Inline.plain(title)).replaceAll("");
        return new Title(clean, bracket, withdrawn);
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

    /** Whether a title's tail holds nothing but locations (code spans or bare paths), separators and line lists. */
    private static boolean onlyLocations(String tail) {
        String rest = CODE_SPAN.matcher(tail).replaceAll(" ");
        rest = BARE_LOCATION.matcher(rest).replaceAll(" ");
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (Character.isLetterOrDigit(c) && !(c == 'L' || c == 'l')) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Severity> bracketSeverity(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.contains(" ") && !PLAIN_SEVERITY.matcher(w).matches()
                ? Optional.empty()
                : Severity.fromWord(w);
    }

    /** Locations in code spans ({@code `path/file.go:12-30`}), and bare {@code file.go:12} where allowed. */
    static List<Location> locationsIn(String text, boolean bareAllowed) {
        List<Location> out = new ArrayList<>();
        Matcher c = CODE_SPAN.matcher(text);
        while (c.find()) {
            location(c.group("code").strip(), out);
        }
        if (out.isEmpty() && bareAllowed) {
            Matcher b = BARE_LOCATION.matcher(text);
            while (b.find()) {
                add(out, b.group("path"), b.group("lines"));
            }
            if (out.isEmpty()) {
                Matcher l = LOCATION.matcher(Inline.plain(text));
                if (l.matches()) {
                    add(out, l.group("path"), l.group("lines"));
                }
            }
        }
        return out;
    }

    /** A location as code writes it: a path with lines, or a path with a directory. */
    private static void location(String written, List<Location> out) {
        Matcher l = LOCATION.matcher(written);
        if (l.matches() && (l.group("lines") != null || l.group("path").contains("/"))) {
            add(out, l.group("path"), l.group("lines"));
        }
    }

    private static void add(List<Location> out, String path, String ranges) {
        if (ranges == null) {
            out.add(new Location(path, 0, 0));
            return;
        }
        Matcher r = RANGE.matcher(ranges);
        while (r.find()) {
            try {
                int start = Counts.intOrMinusOne(r.group("start"));
                int end = r.group("end") == null ? start : Counts.intOrMinusOne(r.group("end"));
                if (start > 0 && end > 0) {
                    out.add(new Location(path, start, end));
                } else {
                    out.add(new Location(path, 0, 0));
                }
            } catch (NumberFormatException e) {
                out.add(new Location(path, 0, 0));
            }
        }
    }
}
