package dev.reviewstats.internal.extract;

import dev.reviewstats.model.Location;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of a finding, taken apart: id or number, bracketed severity, title, locations,
 * credited agents (as written) and trailing tags. Works on outline inline text with or without
 * markup.
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
        boolean withdrawn) {

    private static final Pattern LEAD_NOISE = Pattern.compile("^[#\\s]+");
    static final Pattern ID_PREFIX = Pattern.compile("^((?:~~|\\*\\*|\\*)*)([CIS])(\\d{1,3})\\s*[.:)]\\s*");
    private static final Pattern ID_IN_BOLD = Pattern.compile("^((?:~~|\\*\\*)+)([CIS])(\\d{1,3})\\s*[.:)—–-]\\s*");
    /** {@code 2. **Title**}, and struck out as a whole: {@code ~~2. **Title** -- FIXED~~}. */
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(~~)?(\\d{1,3})[.)]\\s+(?=(?:~~)?\\*\\*)");
    private static final Pattern BRACKET = Pattern.compile("^\\s*(?:\\*\\*)?\\[([A-Za-z][A-Za-z ]{2,40})\\]\\s*");
    private static final Pattern SEVERITY_LEAD = Pattern.compile("(?i)^\\*\\*\\[?(critical|important|suggestion)\\]?\\*\\*:?\\s+");
    private static final Pattern BOLD = Pattern.compile("^((?:~~)?)\\*\\*(.+?)\\*\\*((?:~~)?)");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    static final Pattern LOCATION = Pattern.compile(
            "^([\\w@.~/\\-]*[\\w\\-]\\.[A-Za-z0-9]{1,6}|[\\w@.~\\-]+/[\\w@.~/\\-]+)(?::(\\d+(?:\\s*[-–]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-–]\\s*\\d+)?)*))?$");
    private static final Pattern BARE_LOCATION = Pattern.compile(
            "([\\w.~/\\-]+\\.[A-Za-z0-9]{1,6}):(\\d+(?:\\s*[-–]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-–]\\s*\\d+)?)*)");
    private static final Pattern SEVERITY_WORD = Pattern.compile("(?i)\\b(?:critical|important|suggestion)\\b");
    private static final Pattern WITHDRAWN_BRACKET = Pattern.compile("(?i)\\b(?:downgraded|rejected|invalid|withdrawn|dropped)\\b");
    /** A dash between spaces; the lookbehind lets a match start only at a run's first space, so a long run is scanned once. */
    private static final Pattern DASH_SEPARATOR = Pattern.compile("(?<!\\s)\\s+[—–]\\s+");
    private static final Pattern TITLE_EDGES = Pattern.compile("^[\\s—–:-]+|[\\s—–:-]+$");
    private static final Pattern PLAIN_SEVERITY = Pattern.compile("(critical|important|suggestion)s?( issue| finding)?");
    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:\\s*[-–]\\s*(\\d+))?");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]+)\\]");
    private static final Pattern TAG = Pattern.compile("\\*?\\(([a-zA-Z][a-zA-Z ,\\-]{2,60})\\)\\*?");
    private static final Pattern WITHDRAWN = Pattern.compile("\\b(?:INVALID|WITHDRAWN|RETRACTED)\\b");
    private static final Pattern TITLE_END = Pattern.compile("\\s+[—–]\\s+|\\s+-\\s+|\\s*\\[|\\s+\\*?\\(");

    /** Whether a line starts like a finding: an id, a bracketed severity, or a number before bold text. */
    static boolean looksLikeHead(String line) {
        String s = LEAD_NOISE.matcher(line).replaceFirst("");
        if (ID_PREFIX.matcher(s).find() || ID_IN_BOLD.matcher(s).find()) {
            return true;
        }
        Matcher b = BRACKET.matcher(s);
        if (b.find() && SEVERITY_WORD.matcher(b.group(1)).find()) {
            return true;
        }
        if (SEVERITY_LEAD.matcher(s).find()) {
            return true;
        }
        return NUMBER_PREFIX.matcher(s).find();
    }

    static FindingHead parse(String line) {
        String s = LEAD_NOISE.matcher(line).replaceFirst("");
        String id = "";
        int number = 0;
        Matcher m = ID_PREFIX.matcher(s);
        if (m.find()) {
            id = m.group(2) + Integer.parseInt(m.group(3));
            s = m.group(1) + s.substring(m.end());
        } else if ((m = ID_IN_BOLD.matcher(s)).find()) {
            id = m.group(2) + Integer.parseInt(m.group(3));
            s = m.group(1) + s.substring(m.end());
        }
        boolean struck = false;
        if (id.isEmpty() && (m = NUMBER_PREFIX.matcher(s)).find()) {
            number = Integer.parseInt(m.group(2));
            struck = m.group(1) != null;
            s = s.substring(m.end());
        }
        String title;
        String rest;
        Severity bracket = null;
        List<Location> locations = new ArrayList<>();
        Matcher lead = SEVERITY_LEAD.matcher(s);
        if (lead.find()) {
            bracket = Severity.fromWord(lead.group(1)).orElse(null);
            s = s.substring(lead.end());
            // "**CRITICAL** app_controller.go:58 — Title": the location leads the title.
            String[] parts = DASH_SEPARATOR.split(s, 2);
            if (parts.length == 2 && !locationsIn(parts[0], true).isEmpty()) {
                locations.addAll(locationsIn(parts[0], true));
                s = parts[1];
            }
        }
        Matcher bold = BOLD.matcher(s);
        if (bold.find()) {
            struck |= !bold.group(1).isEmpty() || !bold.group(3).isEmpty();
            title = bold.group(2);
            rest = s.substring(bold.end());
        } else {
            Matcher end = TITLE_END.matcher(s);
            int cut = end.find() ? end.start() : s.length();
            title = s.substring(0, cut);
            rest = s.substring(cut);
        }
        Matcher br = BRACKET.matcher(title);
        if (br.find() && SEVERITY_WORD.matcher(br.group(1)).find()) {
            bracket = bracketSeverity(br.group(1)).orElse(bracket);
            // "[DOWNGRADED from CRITICAL]" under "None confirmed.": an investigated claim, not a finding.
            struck |= WITHDRAWN_BRACKET.matcher(br.group(1)).find();
            title = title.substring(br.end());
        }
        // "[CRITICAL] lima.yaml:38 — Hardcoded home directory": the location leads the title.
        String[] locationLead = DASH_SEPARATOR.split(title, 2);
        if (locationLead.length == 2 && !locationsIn(locationLead[0], true).isEmpty()) {
            locations.addAll(locationsIn(locationLead[0], true));
            title = locationLead[1];
        }
        locations.addAll(locationsIn(rest, false));
        // "[Claude Opus 4.6, Codex GPT 5.4]" or "[Claude Opus 4.7] [Codex GPT 5.5]": every group counts.
        List<String> agents = new ArrayList<>();
        Matcher bx = BRACKETED.matcher(rest);
        while (bx.find()) {
            agents.add(bx.group(1));
        }
        Severity tagSeverity = null;
        List<String> tags = new ArrayList<>();
        Matcher t = TAG.matcher(rest);
        while (t.find()) {
            for (String word : t.group(1).split(",")) {
                String w = word.strip().toLowerCase(Locale.ROOT);
                Optional<Severity> sev = Severity.fromWord(w);
                if (sev.isPresent() && tagSeverity == null) {
                    tagSeverity = sev.get();
                } else if (!w.isEmpty() && !w.contains(" ") && sev.isEmpty()) {
                    tags.add(w);
                }
            }
        }
        boolean withdrawn = struck || WITHDRAWN.matcher(rest).find();
        String cleanTitle = dev.reviewstats.internal.outline.Inline.plain(title)
                .transform(x -> TITLE_EDGES.matcher(x).replaceAll(""));
        return new FindingHead(id, number, bracket, cleanTitle, locations, agents, tagSeverity, tags, withdrawn);
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
            Matcher l = LOCATION.matcher(c.group(1).strip());
            if (l.matches() && (l.group(2) != null || l.group(1).contains("/"))) {
                add(out, l.group(1), l.group(2));
            }
        }
        if (out.isEmpty() && bareAllowed) {
            Matcher b = BARE_LOCATION.matcher(text);
            while (b.find()) {
                add(out, b.group(1), b.group(2));
            }
            if (out.isEmpty()) {
                Matcher l = LOCATION.matcher(dev.reviewstats.internal.outline.Inline.plain(text));
                if (l.matches()) {
                    add(out, l.group(1), l.group(2));
                }
            }
        }
        return out;
    }

    private static void add(List<Location> out, String path, String ranges) {
        if (ranges == null) {
            out.add(new Location(path, 0, 0));
            return;
        }
        Matcher r = RANGE.matcher(ranges);
        while (r.find()) {
            try {
                int start = Integer.parseInt(r.group(1));
                int end = r.group(2) == null ? start : Integer.parseInt(r.group(2));
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
