package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.extract.SectionNames;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Outline;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.SectionCollector;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads text flattened from a review page. Markup is gone: headings are bare lines (sometimes with a
 * trailing pilcrow), two-column tables are glued ({@code Date2026-04-15 18:42}), multi-column
 * tables lose every separator or keep pipes, and agent attributions are bare family names after a
 * finding's title. This front end puts back what can be known, in the outline's conventions, and
 * notes what it had to decide. Stateless and thread-safe.
 */
public final class FlattenedFrontEnd {
    private static final String PILCROW = "¶";
    private static final List<String> METADATA_LABELS = List.of("Wall-clock time", "Reviewers", "Verdict", "Commits",
            "Branch", "Author", "Round", "Repo", "Date", "PR");
    private static final List<String> RESOLUTION_LABELS = List.of("Addressed", "Commit");
    private static final List<String> KNOWN_FAMILIES = List.of("Claude", "Codex", "Gemini");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{3,}.*$");
    private static final Pattern RESOLUTION_HEADER = Pattern.compile("^#\\s*Finding\\s*(Action|Status)\\s*(Reason|Notes)?\\s*$");
    private static final Pattern RESOLUTION_ROW = Pattern.compile("^(\\d{1,3})(\\D.*)$");
    private static final Pattern ACTION_SUFFIX = Pattern.compile(
            "(Fixed|Tests? written|Skipped|Commented|Documentation updated|Documented|Deferred|Not addressed|Addressed|Declined|Auto-resolved by [CIS]\\d+)"
                    + "(\\s*\\([^()]*\\))?$");
    private static final Pattern AGENT_HEADING = Pattern.compile("^\\[?([A-Z][a-z]+)\\]?(?:\\s*[—–-]\\s+(.*))?$");
    private static final Pattern FINDING_LINE = Pattern.compile("^((?:[CIS]\\d{1,3}|\\d{1,3})\\.\\s+)(.+)$");
    private static final Pattern DESIGN_ITEM = Pattern.compile(
            "^(?!\\*\\*)(.{3,160}?)\\s+\\((in-scope|future|out-of-scope|follow-up|pre-existing)\\)\\s*:?\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-•*]\\s+\\S");
    private static final Pattern FINDING_ID_LINE = Pattern.compile("^[CIS]\\d{1,3}\\.\\s.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** html2text marks headings with runs of stars: "***** Executive Summary *****". */
    private static final Pattern STARRED_HEADING = Pattern.compile("^\\*{3,}\\s+(.{1,200}?)\\s+\\*{3,}$");
    /** A horizontal rule as text extractors draw it. */
    /** Metadata rows whose value is one line: a line after them belongs to the next row. */
    private static final Set<String> SINGLE_LINE_ROWS = Set.of("Date", "Repo", "Round", "Author", "Reviewers", "Wall-clock time");
    private static final Pattern COMMIT_LINE = Pattern.compile("^[0-9a-f]{7,40} ");
    private static final Pattern STRUCK_LYNX = Pattern.compile("\\[DEL:\\s*([^\\]]{1,120}?)\\s*:DEL\\]");
    private static final Pattern STRUCK_W3M = Pattern.compile("\\[S:([^\\]]{1,120}?):S\\]");
    /** A metadata row the model does not know ("Mode  Standard"): a label, two or more spaces, a value. */
    private static final Pattern UNKNOWN_LABEL_ROW = Pattern.compile("^([A-Z][A-Za-z-]{1,20}(?: [A-Za-z-]{1,20})?) {2,}(\\S.*)$");
    private static final Pattern RULE = Pattern.compile("^(?=.*[=\\-_*─━═]{3})[=\\-_*─━═ ]{10,}$");
    /** A tag group at the end of an attribution line: "(important, regression)". */
    private static final Pattern TRAILING_TAGS = Pattern.compile("\\(([^()]{1,80})\\)$");
    /** One agent name: a family and a short model, as reviewers rows write them. */
    private static final Pattern AGENT_NAME = Pattern.compile("^[A-Z][\\w.\\-]*(?:\\s+[\\w.\\-]+){0,4}[,;]?$");
    /** An attribution line is short; a longer line is prose. */
    private static final int MAX_ATTRIBUTION = 200;
    private static final Pattern BULLET_MARK = Pattern.compile("^[-•*]\\s+");
    private static final Pattern EARLIER_COMMITS = Pattern.compile("(?<=\\S)…?plus \\d+ earlier");
    private static final Pattern SHORT_SHA = Pattern.compile("(?<=\\S)(?=[0-9a-f]{7} )");

    public Outline read(String text) {
        return new Run(text).read();
    }

    /** The state of one read. */
    private static final class Run {
        final String[] lines;
        final List<Diagnostic> notes = new ArrayList<>();
        final SectionCollector sections = new SectionCollector();
        final Set<String> families = new LinkedHashSet<>(KNOWN_FAMILIES);
        final boolean pilcrowStyle;
        StringBuilder paragraph = new StringBuilder();
        int paragraphLine;
        boolean inMetadata;
        String currentTitle = "";
        Pattern familyPattern;
        int familyPatternSize;
        /** Whether the walk is inside Design Observations, whose items lost their bold lead. */
        boolean design;
        /** Whether the walk is inside the agent retro, where bare agent names are headings. */
        boolean retro;

        Run(String text) {
            this.lines = text.split("\n", -1);
            long pilcrows = java.util.Arrays.stream(lines).filter(l -> l.strip().endsWith(PILCROW)).count();
            this.pilcrowStyle = pilcrows >= 3;
        }

        Outline read() {
            int i = 0;
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            if (i < lines.length) {
                startSection(1, clean(lines[i]), i + 1);
                inMetadata = true;
                i++;
            }
            while (i < lines.length) {
                i = step(i);
            }
            flushParagraph();
            int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
            return new Outline(sections.finish(), Math.max(count, 1), notes);
        }

        private int step(int i) {
            String raw = lines[i];
            String line = clean(raw);
            if (line.isEmpty()) {
                flushParagraph();
                return i + 1;
            }
            if (line.startsWith("|")) {
                return pipeTable(i);
            }
            if (inMetadata && label(line, METADATA_LABELS) != null) {
                return labelledTable(i, METADATA_LABELS);
            }
            if (isResolution() && label(line, RESOLUTION_LABELS) != null) {
                return labelledTable(i, RESOLUTION_LABELS);
            }
            if (isHeading(i, raw, line)) {
                inMetadata = false;
                Matcher agent = AGENT_HEADING.matcher(line);
                if (!SectionNames.isKnownTitle(line) && agent.matches() && families.contains(agent.group(1))) {
                    startSection(3, "[" + agent.group(1) + "]", i + 1);
                    if (agent.group(2) != null) {
                        addParagraphLine(agent.group(2), i + 1);
                    }
                } else {
                    int lvl = SectionNames.isKnownTitle(line) && !SectionNames.isSubsectionTitle(line) ? 2 : 3;
                    startSection(lvl, line, i + 1);
                }
                return i + 1;
            }
            if (i + 1 < lines.length && ColumnTable.isRule(lines[i + 1])) {
                // pandoc's plain tables: columns of spaces under a rule of dash runs.
                Optional<ColumnTable.Read> t = ColumnTable.read(lines, i);
                if (t.isPresent()) {
                    flushParagraph();
                    List<Integer> rowLines = t.get().rowLines().stream().map(n -> n + 1).toList();
                    sections.add(new TableBlock(t.get().header(), t.get().rows(), rowLines, i + 1));
                    return t.get().next();
                }
            }
            if (isRetroHeader(line, i)) {
                return retroTable(i);
            }
            if (RESOLUTION_HEADER.matcher(line).matches()) {
                return resolutionTable(i);
            }
            if (BULLET.matcher(line).find()) {
                return bulletList(i);
            }
            Matcher item = design ? DESIGN_ITEM.matcher(line) : null;
            if (item != null && item.matches()) {
                // "Title (in-scope): text Claude" lost its bold lead; one item per line.
                flushParagraph();
                addParagraphLine("**" + item.group(1) + " (" + item.group(2) + ")**: " + trailingAgents(item.group(3)), i + 1);
                flushParagraph();
                return i + 1;
            }
            String attributed = withAttribution(line, raw.strip().endsWith(PILCROW));
            if (attributed.equals(line) && FINDING_LINE.matcher(line).matches() && startsFinding(line) && i + 1 < lines.length) {
                // Later templates put the agents on the next line, models glued, tags after:
                // "Codex GPT 5.4Gemini 3.1 Pro(important, regression)".
                Optional<String> next = attributionLine(clean(lines[i + 1]));
                if (next.isPresent()) {
                    Matcher f = FINDING_LINE.matcher(line);
                    f.matches();
                    flushParagraph();
                    addParagraphLine(f.group(1) + "**" + f.group(2).strip() + "** " + next.get(), i + 1);
                    return i + 2;
                }
            }
            if (!attributed.equals(line) || FINDING_LINE.matcher(line).matches() && startsFinding(line)) {
                flushParagraph();
            }
            addParagraphLine(attributed, i + 1);
            if (pilcrowStyle) {
                flushParagraph();
            }
            return i + 1;
        }

        private boolean isResolution() {
            return SectionNames.normalize(currentTitle).equals("resolution");
        }

        /** A finding line starts a new paragraph only when it carries an id, not for every numbered line. */
        private boolean startsFinding(String line) {
            return FINDING_ID_LINE.matcher(line).matches();
        }

        private boolean isHeading(int i, String raw, String line) {
            if (STARRED_HEADING.matcher(raw.strip()).matches()) {
                return true;
            }
            boolean pilcrow = raw.strip().endsWith(PILCROW);
            boolean alone = (i == 0 || lines[i - 1].isBlank()) || (i + 1 >= lines.length || lines[i + 1].isBlank());
            if (line.length() > 80) {
                return false;
            }
            if (SectionNames.isKnownTitle(line)) {
                return pilcrowStyle ? pilcrow || alone : alone;
            }
            Matcher agent = AGENT_HEADING.matcher(line);
            if (agent.matches() && families.contains(agent.group(1)) && retro) {
                return agent.group(2) != null ? line.startsWith("[") : pilcrow || alone;
            }
            // Under the pilcrow style every other pilcrow line is a sub-heading, unless it ends in agents.
            return pilcrow && withAttribution(line, true).equals(line);
        }

        /**
         * A line that is only agent names, glued or spaced, with an optional tag group:
         * "Codex GPT 5.4Gemini 3.1 Pro(important, regression)" becomes
         * "[Codex GPT 5.4, Gemini 3.1 Pro] (important, regression)".
         */
        private Optional<String> attributionLine(String line) {
            String text = line.strip();
            if (text.isEmpty() || text.length() > MAX_ATTRIBUTION) {
                return Optional.empty();
            }
            String tags = "";
            Matcher t = TRAILING_TAGS.matcher(text);
            if (t.find()) {
                tags = " (" + t.group(1).strip() + ")";
                text = text.substring(0, t.start()).strip();
            }
            List<Integer> starts = new ArrayList<>();
            for (int k = 0; k < text.length(); k++) {
                for (String family : families) {
                    if (text.startsWith(family, k) && (k == 0 || !Character.isUpperCase(text.charAt(k - 1)))) {
                        starts.add(k);
                        break;
                    }
                }
            }
            if (starts.isEmpty() || starts.get(0) != 0) {
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            for (int k = 0; k < starts.size(); k++) {
                String name = text.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : text.length()).strip();
                if (name.isEmpty() || name.length() > 40 || !AGENT_NAME.matcher(name).matches()) {
                    return Optional.empty();
                }
                names.add(name.replaceAll("[,;]$", ""));
            }
            return Optional.of("[" + String.join(", ", names) + "]" + tags);
        }

        /** "text Claude Codex" becomes "text [Claude, Codex]". */
        private String trailingAgents(String text) {
            String[] words = SPACES.split(text.strip());
            int k = words.length;
            List<String> trailing = new ArrayList<>();
            while (k > 1 && families.contains(words[k - 1])) {
                trailing.add(0, words[k - 1]);
                k--;
            }
            String rest = String.join(" ", java.util.Arrays.copyOf(words, k));
            return trailing.isEmpty() ? text.strip() : rest + " [" + String.join(", ", trailing) + "]";
        }

        /** "I1. Title Claude Codex" becomes "I1. **Title** [Claude, Codex]". */
        private String withAttribution(String line, boolean pilcrowLine) {
            Matcher f = FINDING_LINE.matcher(line);
            String prefix = "";
            String rest = line;
            if (f.matches()) {
                prefix = f.group(1);
                rest = f.group(2);
            } else if (!pilcrowLine) {
                return line;
            }
            List<String> trailing = new ArrayList<>();
            String[] words = SPACES.split(rest);
            int k = words.length;
            while (k > 1 && families.contains(words[k - 1])) {
                trailing.add(0, words[k - 1]);
                k--;
            }
            if (trailing.isEmpty()) {
                return line;
            }
            String titleText = String.join(" ", java.util.Arrays.copyOf(words, k));
            return prefix + "**" + titleText + "** [" + String.join(", ", trailing) + "]";
        }

        private void addParagraphLine(String text, int lineNo) {
            if (paragraph.length() == 0) {
                paragraphLine = lineNo;
            } else {
                paragraph.append('\n');
            }
            paragraph.append(text);
        }

        private void flushParagraph() {
            if (paragraph.length() > 0) {
                sections.add(new Paragraph(paragraph.toString(), paragraphLine));
                paragraph.setLength(0);
            }
        }

        private void startSection(int newLevel, String newTitle, int line) {
            flushParagraph();
            sections.startSection(newLevel, newTitle, line);
            currentTitle = newTitle;
            if (newLevel <= 2) {
                retro = SectionNames.normalize(newTitle).equals("agent performance retro");
                design = SectionNames.normalize(newTitle).equals("design observations");
            }
        }

        private static String clean(String raw) {
            String s = raw.strip();
            // Extractors' decorations: html2text's "***** Heading *****" and rules of = or - or box lines.
            // w3m draws struck-out text as "[S:Gemini 3.1 Pro:S]": the outline's strikethrough.
            s = STRUCK_W3M.matcher(s).replaceAll("~~$1~~");
            // lynx draws it as "[DEL: Gemini 3.1 Pro :DEL]"; html2text may leave entities ("&ensp;") undecoded.
            s = STRUCK_LYNX.matcher(s).replaceAll("~~$1~~");
            if (s.indexOf('&') >= 0 && s.indexOf(';') > 0) {
                s = org.jsoup.parser.Parser.unescapeEntities(s, false).replace('\u2002', ' ').replace('\u00A0', ' ');
            }
            Matcher starred = STARRED_HEADING.matcher(s);
            if (starred.matches()) {
                s = starred.group(1).strip();
            } else if (RULE.matcher(s).matches()) {
                return "";
            }
            if (s.endsWith(PILCROW)) {
                s = s.substring(0, s.length() - 1).strip();
            }
            return s;
        }

        private static String label(String line, List<String> labels) {
            for (String l : labels) {
                if (line.startsWith(l) && line.length() > l.length()) {
                    return l;
                }
            }
            return null;
        }

        /** Glued two-column rows ({@code Date2026-04-15 18:42}); Commits may run over several lines. */
        private int labelledTable(int i, List<String> labels) {
            flushParagraph();
            List<List<String>> rows = new ArrayList<>();
            List<Integer> rowLines = new ArrayList<>();
            // w3m centres a cell of several lines on its label: lines above the label wait here for it.
            List<String> held = new ArrayList<>();
            int start = i;
            while (i < lines.length) {
                String line = clean(lines[i]);
                if (line.isEmpty() && !rows.isEmpty()) {
                    // A blank line inside the table (the DOM's text keeps the markup's line breaks): the
                    // table goes on when a labelled row follows.
                    int j = i + 1;
                    while (j < lines.length && lines[j].isBlank() && j - i < 4) {
                        j++;
                    }
                    String next = j < lines.length ? clean(lines[j]) : "";
                    boolean commitsGoOn = rows.get(rows.size() - 1).get(0).equals("Commits")
                            && (COMMIT_LINE.matcher(next).find() || next.startsWith("(") || next.startsWith("…") || next.startsWith("..."));
                    boolean unknownRow = j < lines.length && UNKNOWN_LABEL_ROW.matcher(lines[j].strip()).matches()
                            && j + 2 < lines.length && label(clean(lines[j + 2]), labels) != null;
                    if (!next.isEmpty() && (label(next, labels) != null || labels.contains(next) || commitsGoOn || unknownRow)) {
                        i = j;
                        continue;
                    }
                }
                String l = line.isEmpty() ? null : label(line, labels);
                if (l == null && labels.contains(line) && !rows.isEmpty()) {
                    // The label alone, its value on the lines after it (the DOM's text of a cell holding a list).
                    int j = i + 1;
                    while (j < lines.length && lines[j].isBlank() && j - i < 4) {
                        j++;
                    }
                    List<String> value = new ArrayList<>();
                    while (j < lines.length && clean(lines[j]).length() <= 120 && label(clean(lines[j]), labels) == null
                            && !labels.contains(clean(lines[j]))) {
                        if (lines[j].isBlank()) {
                            // Commits listed one per block, with blank lines between.
                            if (line.equals("Commits") && j + 1 < lines.length && COMMIT_LINE.matcher(clean(lines[j + 1])).find()) {
                                j++;
                                continue;
                            }
                            break;
                        }
                        value.add(clean(lines[j]));
                        j++;
                    }
                    if (!value.isEmpty()) {
                        String joined = String.join(line.equals("Commits") ? "\n" : " ", value);
                        rows.add(new ArrayList<>(List.of(line, joined)));
                        rowLines.add(i + 1);
                        if (line.equals("Reviewers")) {
                            learnFamilies(joined);
                        }
                        i = j;
                        continue;
                    }
                }
                if (l != null) {
                    String value = line.substring(l.length()).strip();
                    if (!held.isEmpty()) {
                        value = String.join(l.equals("Commits") ? "\n" : " ", held) + (l.equals("Commits") ? "\n" : " ") + value;
                        held.clear();
                    }
                    if (l.equals("Commits")) {
                        value = commits(value);
                    }
                    rows.add(new ArrayList<>(List.of(l, value)));
                    rowLines.add(i + 1);
                    if (l.equals("Reviewers")) {
                        learnFamilies(value);
                    }
                } else if (!line.isEmpty() && !rows.isEmpty() && UNKNOWN_LABEL_ROW.matcher(lines[i].strip()).matches()
                        && !SectionNames.isKnownTitle(line)) {
                    // A row the template added later: kept as a raw row, the table goes on.
                    Matcher u = UNKNOWN_LABEL_ROW.matcher(lines[i].strip());
                    u.matches();
                    rows.add(new ArrayList<>(List.of(u.group(1), u.group(2).strip())));
                    rowLines.add(i + 1);
                } else if (!line.isEmpty() && !rows.isEmpty() && !SectionNames.isKnownTitle(line)
                        && (rows.get(rows.size() - 1).get(0).equals("Commits") || Character.isWhitespace(lines[i].charAt(0)))) {
                    // A cell over several lines: Commits always, any row when the extractor indents the rest (w3m).
                    List<String> last = rows.get(rows.size() - 1);
                    boolean singleLine = SINGLE_LINE_ROWS.contains(last.get(0));
                    boolean commitLine = COMMIT_LINE.matcher(line).find() && !last.get(0).equals("Commits");
                    if (Character.isWhitespace(lines[i].charAt(0)) && (singleLine || commitLine)) {
                        held.add(line);
                    } else {
                        last.set(1, last.get(1) + "\n" + line);
                    }
                } else {
                    break;
                }
                i++;
            }
            sections.add(new TableBlock(List.of("", ""), rows, rowLines, start + 1));
            return i;
        }

        /** Commit lines run together: each short sha followed by a space starts a line, as does "…plus N earlier". */
        private static String commits(String value) {
            return EARLIER_COMMITS.matcher(SHORT_SHA.matcher(value).replaceAll("\n")).replaceAll("\n$0");
        }

        private void learnFamilies(String reviewers) {
            for (String part : reviewers.split(",")) {
                String p = part.strip();
                String w = SPACES.split(p.startsWith("~~") ? p.substring(2) : p)[0];
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    families.add(w);
                }
            }
        }

        /**
         * Consecutive pipe rows, split into tables: a row followed by a separator row heads a new
         * table; rows before any header form a headerless two-column table (metadata, Addressed and
         * Commit). Some flatteners shift the empty corner cell of a header to its end.
         */
        private int pipeTable(int i) {
            flushParagraph();
            List<List<String>> rows = new ArrayList<>();
            List<Integer> rowLines = new ArrayList<>();
            List<Boolean> heads = new ArrayList<>();
            while (i < lines.length && clean(lines[i]).startsWith("|")) {
                String line = clean(lines[i]);
                if (TABLE_SEPARATOR.matcher(line).matches()) {
                    if (!heads.isEmpty()) {
                        heads.set(heads.size() - 1, true);
                    }
                } else {
                    rows.add(cells(line));
                    rowLines.add(i + 1);
                    heads.add(false);
                }
                i++;
            }
            int k = 0;
            while (k < rows.size()) {
                List<String> header;
                int from;
                if (heads.get(k)) {
                    header = shiftedCorner(rows.get(k));
                    from = k + 1;
                } else {
                    header = new ArrayList<>(java.util.Collections.nCopies(rows.get(k).size(), ""));
                    from = k;
                }
                int to = from;
                while (to < rows.size() && !heads.get(to)) {
                    to++;
                }
                List<List<String>> body = new ArrayList<>(rows.subList(from, to));
                for (List<String> r : body) {
                    if (r.size() > 1 && r.get(0).equals("Reviewers")) {
                        learnFamilies(r.get(1));
                    }
                    if (r.size() > 1 && r.get(0).equals("Commits")) {
                        r.set(1, commits(r.get(1)));
                    }
                }
                sections.add(new TableBlock(header, body, rowLines.subList(from, to), rowLines.get(k)));
                k = to;
            }
            return i;
        }

        private List<String> shiftedCorner(List<String> header) {
            if (header.size() > 1 && !header.get(0).isEmpty() && header.get(header.size() - 1).isEmpty()
                    && startsWithFamily(header.get(0))) {
                List<String> shifted = new ArrayList<>();
                shifted.add("");
                shifted.addAll(header.subList(0, header.size() - 1));
                return shifted;
            }
            return header;
        }

        private static List<String> cells(String line) {
            String s = line.strip();
            if (s.startsWith("|")) {
                s = s.substring(1);
            }
            if (s.endsWith("|")) {
                s = s.substring(0, s.length() - 1);
            }
            List<String> out = new ArrayList<>();
            for (String c : s.split("\\|", -1)) {
                out.add(c.strip());
            }
            return out;
        }

        private boolean startsWithFamily(String text) {
            String w = SPACES.split(text.strip())[0].replace("[", "").replace("]", "");
            return families.contains(w);
        }

        /** The agent header of a glued retro table: two or more agent names run together. */
        private boolean isRetroHeader(String line, int i) {
            if (!startsWithFamily(line) || agentNames(line).isEmpty()) {
                return false;
            }
            int next = i + 1;
            // The DOM's text keeps the markup's line breaks: a blank line may stand between header and rows.
            while (next < lines.length && lines[next].isBlank() && next - i < 3) {
                next++;
            }
            return next < lines.length && rowLabel(clean(lines[next])) != null;
        }

        /** Splits "Claude Opus 4.6Codex GPT 5.4Gemini 3.1 Pro" where each family name begins. */
        private List<String> agentNames(String line) {
            if (familyPattern == null || familyPatternSize != families.size()) {
                // Families are learnt from the reviewers row, so the pattern is built per read.
                String alternatives = families.stream().map(Pattern::quote).collect(Collectors.joining("|"));
                familyPattern = Pattern.compile("(?:" + alternatives + ")(?![a-z])");
                familyPatternSize = families.size();
            }
            Matcher m = familyPattern.matcher(line);
            List<Integer> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(m.start());
            }
            List<String> names = new ArrayList<>();
            for (int k = 0; k < starts.size(); k++) {
                int end = k + 1 < starts.size() ? starts.get(k + 1) : line.length();
                names.add(line.substring(starts.get(k), end).strip());
            }
            return names;
        }

        private static String rowLabel(String line) {
            for (String l : GluedRow.LABELS) {
                if (line.startsWith(l)) {
                    return l;
                }
            }
            return null;
        }

        /** A retro table whose rows lost their cell separators. */
        private int retroTable(int i) {
            flushParagraph();
            int start = i;
            List<String> agents = agentNames(clean(lines[i]));
            int n = agents.size();
            List<String> header = new ArrayList<>();
            header.add("");
            header.addAll(agents);
            List<List<String>> rows = new ArrayList<>();
            List<Integer> rowLines = new ArrayList<>();
            List<String> findings = null;
            List<String> files = null;
            i++;
            while (i < lines.length && lines[i].isBlank() && rows.isEmpty() && i - start < 3) {
                i++;
            }
            while (i < lines.length && !clean(lines[i]).isEmpty()) {
                String line = clean(lines[i]);
                String label = rowLabel(line);
                if (label == null) {
                    break;
                }
                String glued = line.substring(label.length());
                Predicate<List<String>> constraint = constraint(label, findings, files);
                GluedRow.Split split = GluedRow.split(label, glued, n, constraint);
                List<String> row = new ArrayList<>();
                row.add(label);
                if (split.failed()) {
                    notes.add(Diagnostic.of(DiagnosticCode.FLATTENED_SPLIT_FAILED, "summary-table row '" + label
                            + "' reads '" + glued + "': no split into " + n + " cells fits the row's grammar"
                            + (split.candidates() > 0 ? " and the other rows" : "") + "; its cells are left empty", i + 1));
                    for (int k = 0; k < n; k++) {
                        row.add("");
                    }
                } else {
                    if (split.ambiguous()) {
                        notes.add(Diagnostic.of(DiagnosticCode.FLATTENED_SPLIT_AMBIGUOUS, "summary-table row '" + label
                                + "' reads '" + glued + "': " + split.afterConstraints() + " splits fit; chose "
                                + String.join(" | ", split.cells()) + " (" + split.rule() + ")", i + 1));
                    }
                    row.addAll(split.cells());
                    String key = label.toLowerCase(Locale.ROOT);
                    if (key.equals("findings")) {
                        findings = split.cells();
                    } else if (key.equals("files reviewed")) {
                        files = split.cells();
                    }
                }
                rows.add(row);
                rowLines.add(i + 1);
                i++;
            }
            sections.add(new TableBlock(header, rows, rowLines, start + 1));
            return i;
        }

        /** What the rows already read say about this one. */
        private static Predicate<List<String>> constraint(String label, List<String> findings, List<String> files) {
            String key = label.toLowerCase(Locale.ROOT);
            if (key.equals("unique insights") && findings != null) {
                return cells -> {
                    for (int k = 0; k < cells.size(); k++) {
                        int total = GluedRow.total(findings.get(k));
                        int v = GluedRow.leading(cells.get(k));
                        if (total >= 0 && v > total) {
                            return false;
                        }
                    }
                    return true;
                };
            }
            if (key.equals("totals") && findings != null) {
                return cells -> cells.equals(findings);
            }
            if (key.equals("coverage misses") && files != null) {
                return cells -> {
                    for (int k = 0; k < cells.size(); k++) {
                        int f = GluedRow.leading(files.get(k));
                        if (f >= 0 && GluedRow.leading(cells.get(k)) > f) {
                            return false;
                        }
                    }
                    return true;
                };
            }
            return cells -> true;
        }

        /** Consecutive "- item" lines; a line that is no bullet ends the list. */
        private int bulletList(int i) {
            flushParagraph();
            int start = i;
            List<dev.reviewstats.internal.outline.ListItem> items = new ArrayList<>();
            while (i < lines.length && BULLET.matcher(clean(lines[i])).find()) {
                String text = BULLET_MARK.matcher(clean(lines[i])).replaceFirst("");
                items.add(new dev.reviewstats.internal.outline.ListItem(0, text, List.of(), i + 1));
                i++;
            }
            sections.add(new dev.reviewstats.internal.outline.ListBlock(false, items, start + 1));
            return i;
        }

        /** {@code #FindingAction}, then rows {@code 1Important #1: TitleFixed}. */
        private int resolutionTable(int i) {
            flushParagraph();
            int start = i;
            Matcher h = RESOLUTION_HEADER.matcher(clean(lines[i]));
            h.matches();
            boolean withReason = h.group(2) != null;
            List<String> header = withReason ? List.of("#", "Finding", h.group(1), h.group(2)) : List.of("#", "Finding", h.group(1));
            List<List<String>> rows = new ArrayList<>();
            List<Integer> rowLines = new ArrayList<>();
            i++;
            while (i < lines.length) {
                String line = clean(lines[i]);
                Matcher r = RESOLUTION_ROW.matcher(line);
                if (line.isEmpty() || !r.matches()) {
                    break;
                }
                String rest = r.group(2);
                Matcher a = ACTION_SUFFIX.matcher(rest);
                List<String> row = new ArrayList<>(List.of(r.group(1)));
                if (!withReason && a.find()) {
                    row.add(rest.substring(0, a.start()).strip());
                    row.add(a.group().strip());
                } else {
                    notes.add(Diagnostic.of(DiagnosticCode.FLATTENED_SPLIT_FAILED, "resolution row " + r.group(1)
                            + " could not be split into finding and action; the action is left empty", i + 1));
                    row.add(rest.strip());
                    row.add("");
                }
                if (withReason) {
                    row.add("");
                }
                rows.add(row);
                rowLines.add(i + 1);
                i++;
            }
            sections.add(new TableBlock(header, rows, rowLines, start + 1));
            return i;
        }
    }
}
