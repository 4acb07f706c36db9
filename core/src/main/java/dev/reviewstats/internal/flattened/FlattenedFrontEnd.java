package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.template.MetadataField;
import dev.reviewstats.internal.template.SectionNames;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.internal.outline.FrontEnd;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import dev.reviewstats.internal.outline.Outline;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.Section;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.RetroRow;
import dev.reviewstats.model.SourceForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads text flattened from a review page. Markup is gone: headings are bare lines (sometimes with a
 * trailing pilcrow), two-column tables are glued ({@code Date2026-04-15 18:42}), multi-column
 * tables lose every separator or keep pipes, and agent attributions are bare family names after a
 * finding's title. This front end puts back what can be known, as outline blocks (a finding line
 * with its agents becomes a {@link FindingHeadBlock}), and notes what it had to decide. Stateless
 * and thread-safe.
 */
public final class FlattenedFrontEnd implements FrontEnd {
    /** How many lines a wrapped finding head may run over after its first. */
    private static final int MAX_WRAPPED_LINES = 3;
    /** A heading is a short line; a longer one is prose. */
    private static final int MAX_HEADING = 80;
    private static final String RESOLUTION = "resolution";
    private static final String RETRO = "agent performance retro";
    private static final String DESIGN = "design observations";
    private static final String REVIEWERS = MetadataField.REVIEWERS.label();
    /** The most addresses kept: enough for every PR and commit link a report makes. */
    private static final int MAX_LINKS = 1000;

    @Override
    public SourceForm form() {
        return SourceForm.FLATTENED_TEXT;
    }

    @Override
    public Outline read(String text) {
        return new Run(text).read();
    }

    /** The line walk of one read. */
    private static final class Run {
        final FlatRead r;
        final FlatLines lines;
        final StringBuilder paragraph = new StringBuilder();
        int paragraphLine;
        boolean inMetadata;
        final String text;
        String currentTitle = "";
        /** Whether the walk is inside Design Observations, whose items lost their bold lead. */
        boolean design;
        /** Whether the walk is inside the agent retro, where bare agent names are headings. */
        boolean retro;

        Run(String text) {
            this.r = new FlatRead(text);
            this.lines = r.lines;
            this.text = text;
        }

        /** The web addresses the text spells out (lynx lists every link at the end), in order. */
        private List<String> webLinks() {
            List<String> out = new ArrayList<>();
            return LineGrammar.webAddresses(text, MAX_LINKS);
        }

        Outline read() {
            int i = 0;
            while (i < lines.size() && lines.isBlank(i)) {
                i++;
            }
            if (i < lines.size()) {
                startSection(1, lines.clean(i), i + 1);
                inMetadata = true;
                i++;
            }
            while (i < lines.size()) {
                i = step(i);
            }
            flushParagraph();
            List<Section> sections = r.sections.finish();
            lostReviewers(sections);
            return new Outline(sections, lines.count(), r.notes()).withLinks(webLinks());
        }

        /**
         * A reviewer the summary table has a column for but the reviewers row, as read, does not name:
         * flattening lost it (a wrapped row cut short), and a smaller panel would pass unremarked.
         */
        private void lostReviewers(List<Section> sections) {
            TableBlock metadata = null;
            TableBlock summary = null;
            for (Section section : sections) {
                for (Block b : section.blocks()) {
                    if (b instanceof TableBlock t) {
                        if (metadata == null && section.level() == 1) {
                            metadata = t;
                        } else if (summary == null && SectionNames.normalize(sectionParent(sections, section)).equals(RETRO)
                                && t.header().size() > 2) {
                            summary = t;
                        }
                    }
                }
            }
            if (metadata == null || summary == null) {
                return;
            }
            for (int k = 0; k < metadata.rows().size(); k++) {
                List<String> row = metadata.rows().get(k);
                if (!row.get(0).equalsIgnoreCase(REVIEWERS) || row.size() < 2) {
                    continue;
                }
                Map<String, Integer> named = familyCounts(r.agents.gluedNames(row.get(1).replace('\n', ' ')));
                Map<String, Integer> columns = familyCounts(ranColumns(summary));
                for (Map.Entry<String, Integer> c : columns.entrySet()) {
                    int have = named.getOrDefault(c.getKey(), 0);
                    if (have > 0 && have < c.getValue() || have == 0 && !row.get(1).contains(c.getKey())) {
                        r.note(DiagnosticCode.REVIEWER_LOST, "the reviewers row reads '" + row.get(1).replace('\n', ' ')
                                + "' but the summary table (line " + summary.line() + ") has " + c.getValue() + " "
                                + c.getKey() + " column(s)", metadata.rowLines().get(k));
                    }
                }
            }
        }

        /** The summary table's agents with a duration, findings or tool calls: a column of dashes did not run. */
        private static List<String> ranColumns(TableBlock summary) {
            List<String> ran = new ArrayList<>();
            for (int c = 1; c < summary.header().size(); c++) {
                final int col = c;
                boolean figures = summary.rows().stream()
                        .anyMatch(row -> col < row.size() && RetroRow.leading(row.get(0)).filter(RetroRow::showsARun).isPresent() && !row.get(col).isBlank()
                                && !LineGrammar.isNoFigure(row.get(col).strip()));
                if (figures) {
                    ran.add(summary.header().get(c));
                }
            }
            return ran;
        }

        private Map<String, Integer> familyCounts(List<String> names) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String n : names) {
                String family = LineGrammar.firstWord(n.strip().replace("~~", ""));
                if (r.agents.isFamily(family)) {
                    counts.merge(family, 1, Integer::sum);
                }
            }
            return counts;
        }

        /** The title of the level-2 section a section falls under. */
        private static String sectionParent(List<Section> sections, Section section) {
            String parent = "";
            for (Section s : sections) {
                if (s.level() <= 2) {
                    parent = s.title();
                }
                if (s == section) {
                    return parent;
                }
            }
            return parent;
        }

        private int step(int i) {
            String line = lines.clean(i);
            if (line.isEmpty() && (ColumnTable.isRule(lines.raw(i)) || ColumnTable.isFullRule(lines.raw(i)))) {
                // pandoc's headerless tables open with a rule of dash runs; its multiline tables with
                // a header open with a full-width rule over the header.
                Optional<ColumnTable.Read> t = ColumnTable.isRule(lines.raw(i))
                        ? ColumnTable.readMultiline(lines, i, false)
                        : ColumnTable.readFromFullRule(lines, i);
                if (t.isPresent()) {
                    flushParagraph();
                    addColumnTable(t.get(), i);
                    return t.get().next();
                }
            }
            if (line.isEmpty()) {
                flushParagraph();
                return i + 1;
            }
            if (PipeTables.startsTable(line)) {
                flushParagraph();
                return PipeTables.read(r, i);
            }
            if (inMetadata && (LabelledTables.label(line, LabelledTables.METADATA) != null || lines.isIndented(i))) {
                // w3m and html2text set the table in columns and wrap its cells; the DOM's text glues them.
                Optional<AlignedTable.Read> aligned = AlignedTable.read(lines, i, 2, LabelledTables::isMetadataLabel, false);
                if (aligned.isPresent() && LabelledTables.isMetadataLabel(aligned.get().rows().get(0).get(0))) {
                    flushParagraph();
                    return LabelledTables.add(r, aligned.get());
                }
                if (LabelledTables.label(line, LabelledTables.METADATA) != null) {
                    flushParagraph();
                    return LabelledTables.read(r, i, LabelledTables.METADATA);
                }
            }
            if (SectionNames.normalize(currentTitle).equals(RESOLUTION) && LabelledTables.label(line, LabelledTables.RESOLUTION) != null) {
                flushParagraph();
                return LabelledTables.read(r, i, LabelledTables.RESOLUTION);
            }
            Optional<Wrapped> struck = struckHead(i, line);
            if (struck.isPresent()) {
                flushParagraph();
                r.add(struck.get().head());
                return struck.get().next();
            }
            int headingEnd = wrappedHeadingEnd(i);
            Optional<Wrapped> attributedBelow = headWithAgentsBelow(i, headingEnd);
            if (attributedBelow.isPresent()) {
                flushParagraph();
                r.add(attributedBelow.get().head());
                return attributedBelow.get().next();
            }
            if (isHeading(i, line)) {
                heading(i, line);
                return i + 1;
            }
            if (headingEnd > i) {
                // A heading the extractor wrapped at its width: its last line carries the pilcrow.
                StringBuilder joined = new StringBuilder(line);
                for (int k = i + 1; k <= headingEnd; k++) {
                    joined.append(' ').append(lines.clean(k));
                }
                if (isHeading(headingEnd, joined.toString()) && attributedHead(joined.toString(), i + 1).isEmpty()) {
                    flushParagraph();
                    heading(i, joined.toString());
                    return headingEnd + 1;
                }
            }
            if (i + 1 < lines.size() && ColumnTable.isRule(lines.raw(i + 1))) {
                // pandoc's plain tables: columns of spaces under a rule of dash runs.
                Optional<ColumnTable.Read> t = ColumnTable.read(lines, i);
                if (t.isPresent()) {
                    flushParagraph();
                    addColumnTable(t.get(), i);
                    return t.get().next();
                }
            }
            if (retro && GluedTables.startsAlignedRetro(lines, i)) {
                Optional<AlignedTable.Read> aligned = AlignedTable.read(lines, i, Integer.MAX_VALUE, GluedTables::isRetroLabel, true);
                if (aligned.isPresent() && aligned.get().rows().size() >= 2) {
                    flushParagraph();
                    AlignedTable.Read t = aligned.get();
                    r.add(new TableBlock(t.header(), t.rows(), t.rowLines().stream().map(n -> n + 1).toList(), i + 1));
                    return t.next();
                }
            }
            if (GluedTables.isRetroHeader(r, line, i)) {
                flushParagraph();
                return GluedTables.retro(r, i);
            }
            if (GluedTables.isResolutionHeader(line)) {
                flushParagraph();
                return GluedTables.resolution(r, i);
            }
            if (design) {
                Optional<DesignItems.Read> item = DesignItems.read(r, i);
                if (item.isPresent()) {
                    flushParagraph();
                    r.add(item.get().block());
                    return item.get().next();
                }
            }
            if (LineGrammar.bulletText(line) > 0) {
                return bulletList(i);
            }
            Optional<FindingHeadBlock> head = attributedHead(line, i + 1);
            if (head.isEmpty() && startsFinding(line) && i + 1 < lines.size()) {
                // Later templates put the agents on the next line, models glued, tags after:
                // "Codex GPT 5.4Gemini 3.1 Pro(important, regression)".
                Optional<Attributions.Named> next = r.agents.attributionLine(lines.clean(i + 1));
                if (next.isPresent()) {
                    LineGrammar.FindingLine f = LineGrammar.findingLine(line);
                    flushParagraph();
                    r.add(new FindingHeadBlock(f.number(), f.title(line).strip(), List.of(),
                            next.get().agents(), next.get().tags(), false, "", i + 1));
                    return i + 2;
                }
            }
            if (head.isPresent() && i + 1 < lines.size() && lines.continuesByWidth(i + 1)) {
                // "… Claude" then "Codex Gemini", or "… Gemini" then "3.1 Pro ¶": the agents wrapped.
                Optional<Wrapped> wrapped = wrappedHead(i, line);
                if (wrapped.isPresent() && wrapped.get().head().agents().size() >= head.get().agents().size()) {
                    flushParagraph();
                    r.add(wrapped.get().head());
                    return wrapped.get().next();
                }
            }
            if (head.isPresent()) {
                flushParagraph();
                r.add(head.get());
                return i + 1;
            }
            if (LineGrammar.findingLine(line) != null) {
                // At 60 to 80 columns the agents after a long title run on to the next lines.
                Optional<Wrapped> wrapped = wrappedHead(i, line);
                if (wrapped.isPresent()) {
                    flushParagraph();
                    r.add(wrapped.get().head());
                    return wrapped.get().next();
                }
            }
            if (startsFinding(line) || LineGrammar.isFixLine(line)) {
                // A "Fix:" line is its own paragraph, as it is in every other form.
                flushParagraph();
            }
            addParagraphLine(line, i + 1);
            if (lines.pilcrowStyle()) {
                flushParagraph();
            }
            return i + 1;
        }

        private void heading(int i, String line) {
            inMetadata = false;
            LineGrammar.AgentHeading agent = LineGrammar.agentHeading(line);
            if (!SectionNames.isKnownTitle(line) && agent != null && r.agents.isFamily(agent.family())) {
                startSection(3, "[" + agent.family() + "]", i + 1);
                if (agent.rest() != null) {
                    addParagraphLine(agent.rest(), i + 1);
                }
            } else {
                int level = SectionNames.isKnownTitle(line) && !SectionNames.isSubsectionTitle(line) ? 2 : 3;
                startSection(level, line, i + 1);
            }
        }

        /** A finding line starts a new paragraph only when it carries an id, not for every numbered line. */
        private static boolean startsFinding(String line) {
            return LineGrammar.isFindingIdLine(line);
        }

        private boolean isHeading(int i, String line) {
            if (LineGrammar.starredHeading(lines.raw(i).strip()) != null) {
                return true;
            }
            boolean pilcrow = lines.endsWithPilcrow(i);
            boolean alone = (i == 0 || lines.isBlank(i - 1)) || (i + 1 >= lines.size() || lines.isBlank(i + 1));
            if (line.length() > MAX_HEADING) {
                return false;
            }
            if (SectionNames.isKnownTitle(line)) {
                return lines.pilcrowStyle() ? pilcrow || alone : alone;
            }
            LineGrammar.AgentHeading agent = LineGrammar.agentHeading(line);
            if (agent != null && r.agents.isFamily(agent.family()) && retro && !GluedTables.isRetroHeader(r, line, i)) {
                return agent.rest() != null ? line.startsWith("[") : pilcrow || alone;
            }
            // Under the pilcrow style every other pilcrow line is a sub-heading, unless it ends in agents.
            LineGrammar.FindingLine f = LineGrammar.findingLine(line);
            return pilcrow && r.agents.trailing(f == null ? line : f.title(line)).isEmpty()
                    && attributedHead(line, i + 1).isEmpty();
        }

        /**
         * "I1. Title Claude Codex" as a finding head with its agents. A line without a number that
         * ends in agent names is no head: its number was lost, and inventing one would be a guess.
         */
        private Optional<FindingHeadBlock> attributedHead(String line, int lineNo) {
            LineGrammar.FindingLine f = LineGrammar.findingLine(line);
            if (f == null) {
                return Optional.empty();
            }
            String number = f.number();
            String title = f.title(line).strip();
            List<String> tags = List.of();
            int[] t = LineGrammar.trailingTags(title);
            if (t != null && r.agents.trailing(title.substring(0, t[0])).isPresent()) {
                // "Title Claude (important, gap)": the tags after the agents.
                tags = FindingHeadBlock.tagsOf(title.substring(t[1], t[2]));
                title = title.substring(0, t[0]).strip();
            }
            List<String> headTags = tags;
            return r.agents.trailing(title).map(named -> {
                // A numbered item ("1. Title — text Claude") lost the bold that set its title apart;
                // the dash after the title still does. A finding id's title is kept whole.
                String text = named.text();
                List<String> allTags = headTags;
                int[] before = LineGrammar.trailingTags(text);
                if (allTags.isEmpty() && before != null) {
                    // "Title (important, regression) Gemini": the tags before the agents.
                    allTags = FindingHeadBlock.tagsOf(text.substring(before[1], before[2]));
                    text = text.substring(0, before[0]).strip();
                }
                int[] dash = Character.isDigit(number.charAt(0)) ? Inline.spacedDash(text) : null;
                return new FindingHeadBlock(number, dash == null ? text : text.substring(0, dash[0]), List.of(), named.agents(),
                        allTags, false, dash == null ? "" : text.substring(dash[1]), lineNo);
            });
        }

        /**
         * A finding struck out as a whole ("2. [S:Title — FIXED: …:S]"), its strike closed on this line
         * or within the next few: the title as the page writes it, no agents, struck.
         */
        private Optional<Wrapped> struckHead(int i, String line) {
            String raw = lines.raw(i);
            if (LineGrammar.findingLine(line) == null || !LineGrammar.opensStrike(raw)) {
                return Optional.empty();
            }
            StringBuilder joined = new StringBuilder(raw.strip());
            int k = i;
            while (!LineGrammar.closesStrike(joined) && k + 1 < lines.size() && k < i + MAX_WRAPPED_LINES
                    && !lines.isBlank(k + 1)) {
                k++;
                joined.append(' ').append(lines.raw(k).strip());
            }
            String cleaned = FlatLines.clean(joined.toString());
            LineGrammar.FindingLine f = LineGrammar.findingLine(cleaned);
            if (!LineGrammar.closesStrike(joined) || f == null || !f.title(cleaned).startsWith("~~")) {
                return Optional.empty();
            }
            String title = f.title(cleaned);
            int end = title.lastIndexOf("~~");
            if (end <= 2) {
                return Optional.empty();
            }
            return Optional.of(new Wrapped(new FindingHeadBlock(f.number(), title.substring(2, end).strip(),
                    List.of(), List.of(), List.of(), true, "", i + 1), k + 1));
        }

        /**
         * A numbered finding title (lines {@code i} to {@code end}) whose agents stand on a line of
         * their own below it, a blank line between or none: "Codex Gemini — important, regression".
         */
        private Optional<Wrapped> headWithAgentsBelow(int i, int end) {
            StringBuilder joined = new StringBuilder(lines.clean(i));
            for (int k = i + 1; k <= end; k++) {
                joined.append(' ').append(lines.clean(k));
            }
            String head = joined.toString();
            LineGrammar.FindingLine f = LineGrammar.findingLine(head);
            if (f == null || !lines.endsWithPilcrow(end)) {
                return Optional.empty();
            }
            int below = end + 1 < lines.size() && lines.isBlank(end + 1) ? end + 2 : end + 1;
            if (below >= lines.size() || lines.isBlank(below)) {
                return Optional.empty();
            }
            String attribution = lines.clean(below);
            int last = below;
            while (last + 1 < lines.size() && last < below + MAX_WRAPPED_LINES && lines.continuesByWidth(last + 1)) {
                last++;
                attribution = attribution + " " + lines.clean(last);
            }
            // A later template leads with the location: "app.go:43-75 Claude — suggestion, regression";
            // another ends with them: "Claude Opus 4.6 Codex GPT 5.4 — wsl.ts:793, settingsValidator.ts:700".
            LineGrammar.Located at = LineGrammar.leadingLocation(attribution);
            List<String> locations = at != null ? List.of(at.location()) : List.of();
            String names = locations.isEmpty() ? attribution : attribution.substring(at.end());
            int[] tagged = LineGrammar.trailingTags(names);
            String tagGroup = "";
            if (tagged != null) {
                tagGroup = names.substring(tagged[0]);
                names = names.substring(0, tagged[0]).strip();
            }
            int[] tail = locations.isEmpty() ? LineGrammar.trailingLocations(names) : null;
            if (tail != null) {
                locations = LineGrammar.locations(names.substring(tail[1], tail[2]).strip());
                names = names.substring(0, tail[0]);
            }
            List<String> where = locations;
            int next = last + 1;
            return r.agents.attributionLine(names.strip() + tagGroup).map(named -> new Wrapped(
                    new FindingHeadBlock(f.number(), f.title(head).strip(), where, named.agents(),
                            named.tags(), false, "", i + 1), next));
        }

        /**
         * The last line of a heading wrapped at the extractor's width, or {@code i}: under the pilcrow
         * style, the lines after {@code i} carry it on by width up to one that ends in a pilcrow.
         */
        private int wrappedHeadingEnd(int i) {
            if (!lines.pilcrowStyle() || lines.endsWithPilcrow(i)) {
                return i;
            }
            for (int k = i + 1; k <= i + MAX_WRAPPED_LINES && k < lines.size() && lines.continuesByWidth(k); k++) {
                if (lines.endsWithPilcrow(k)) {
                    return k;
                }
            }
            return i;
        }

        /** A table read in columns; a headerless one in the metadata is the metadata table. */
        private void addColumnTable(ColumnTable.Read t, int i) {
            List<Integer> rowLines = t.rowLines().stream().map(n -> n + 1).toList();
            if (inMetadata && t.header().isEmpty() && !t.rows().isEmpty() && t.rows().get(0).size() == 2
                    && LabelledTables.isMetadataLabel(t.rows().get(0).get(0))) {
                LabelledTables.add(r, new AlignedTable.Read(List.of(), t.rows(), t.rowLines(), t.next()));
                return;
            }
            List<String> header = t.header().isEmpty() ? t.rows().get(0).stream().map(c -> "").toList() : t.header();
            r.add(new TableBlock(header, t.rows(), rowLines, i + 1));
        }

        /** A finding head read over several lines, and the line after it. */
        private record Wrapped(FindingHeadBlock head, int next) {
        }

        /**
         * A finding line whose agents (or the end of whose title) wrapped onto the next lines: joined
         * until the agents end it on a line of their own words, or the heading's pilcrow closes it.
         */
        private Optional<Wrapped> wrappedHead(int i, String line) {
            StringBuilder joined = new StringBuilder(line);
            for (int k = 1; k <= MAX_WRAPPED_LINES && i + k < lines.size() && !lines.isBlank(i + k); k++) {
                String next = lines.clean(i + k);
                if (next.isEmpty() || startsFinding(next)) {
                    break;
                }
                int before = joined.length() + 1;
                joined.append(' ').append(next);
                Optional<FindingHeadBlock> head = attributedHead(joined.toString(), i + 1);
                boolean closed = lines.endsWithPilcrow(i + k);
                if (head.isPresent()) {
                    // The agents must take the whole last line: otherwise it is the finding's text.
                    String whole = joined.toString();
                    LineGrammar.FindingLine f = LineGrammar.findingLine(whole);
                    String title = f.title(whole);
                    int agentsFrom = f.titleStart() + r.agents.trailing(title).map(n -> n.text().length()).orElse(0);
                    boolean tagsClose = agentsFrom > before
                            && LineGrammar.closesTags(joined.substring(before, Math.min(agentsFrom + 1, joined.length())));
                    if (closed || agentsFrom <= before || tagsClose) {
                        return Optional.of(new Wrapped(head.get(), i + k + 1));
                    }
                }
                if (closed) {
                    break;
                }
            }
            return Optional.empty();
        }

        /** Consecutive "- item" lines; a line that is no bullet ends the list. */
        private int bulletList(int i) {
            flushParagraph();
            int start = i;
            List<ListItem> items = new ArrayList<>();
            while (i < lines.size() && LineGrammar.bulletText(lines.clean(i)) > 0) {
                String text = lines.clean(i).substring(LineGrammar.bulletText(lines.clean(i)));
                items.add(ListItem.ofInline(0, text, List.of(), i + 1));
                i++;
            }
            r.add(new ListBlock(false, items, start + 1));
            return i;
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
                r.add(Paragraph.ofInline(paragraph.toString(), paragraphLine));
                paragraph.setLength(0);
            }
        }

        private void startSection(int level, String title, int line) {
            flushParagraph();
            r.sections.startSection(level, title, line);
            currentTitle = title;
            if (level <= 2) {
                retro = SectionNames.normalize(title).equals(RETRO);
                design = SectionNames.normalize(title).equals(DESIGN);
            }
        }
    }
}
