package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.extract.SectionNames;
import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.internal.outline.FrontEnd;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import dev.reviewstats.internal.outline.Outline;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.SourceForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text flattened from a review page. Markup is gone: headings are bare lines (sometimes with a
 * trailing pilcrow), two-column tables are glued ({@code Date2026-04-15 18:42}), multi-column
 * tables lose every separator or keep pipes, and agent attributions are bare family names after a
 * finding's title. This front end puts back what can be known, as outline blocks (a finding line
 * with its agents becomes a {@link FindingHeadBlock}), and notes what it had to decide. Stateless
 * and thread-safe.
 */
public final class FlattenedFrontEnd implements FrontEnd {
    private static final Pattern AGENT_HEADING = Pattern.compile("^\\[?(?<family>[A-Z][a-z]+)\\]?(?:\\s*[—–-]\\s+(?<rest>.*))?$");
    private static final Pattern FINDING_LINE = Pattern.compile("^(?<number>[CIS]\\d{1,3}|\\d{1,3})\\.\\s+(?<title>.+)$");
    private static final Pattern FINDING_ID_LINE = Pattern.compile("^[CIS]\\d{1,3}\\.\\s.*");
    /** The dash between a numbered item's title and its text. */
    private static final Pattern TITLE_DASH = Pattern.compile("\\s+[—–]\\s+");
    private static final Pattern FIX_LINE = Pattern.compile("^(?:Suggested\\s+)?Fix:\\s");
    private static final Pattern BULLET = Pattern.compile("^[-•*]\\s+\\S");
    private static final Pattern BULLET_MARK = Pattern.compile("^[-•*]\\s+");
    /** A heading is a short line; a longer one is prose. */
    private static final int MAX_HEADING = 80;
    private static final String RESOLUTION = "resolution";
    private static final String RETRO = "agent performance retro";
    private static final String DESIGN = "design observations";

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
        String currentTitle = "";
        /** Whether the walk is inside Design Observations, whose items lost their bold lead. */
        boolean design;
        /** Whether the walk is inside the agent retro, where bare agent names are headings. */
        boolean retro;

        Run(String text) {
            this.r = new FlatRead(text);
            this.lines = r.lines;
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
            return new Outline(r.sections.finish(), lines.count(), r.notes());
        }

        private int step(int i) {
            String line = lines.clean(i);
            if (line.isEmpty()) {
                flushParagraph();
                return i + 1;
            }
            if (PipeTables.startsTable(line)) {
                flushParagraph();
                return PipeTables.read(r, i);
            }
            if (inMetadata && LabelledTables.label(line, LabelledTables.METADATA) != null) {
                flushParagraph();
                return LabelledTables.read(r, i, LabelledTables.METADATA);
            }
            if (SectionNames.normalize(currentTitle).equals(RESOLUTION) && LabelledTables.label(line, LabelledTables.RESOLUTION) != null) {
                flushParagraph();
                return LabelledTables.read(r, i, LabelledTables.RESOLUTION);
            }
            if (isHeading(i, line)) {
                heading(i, line);
                return i + 1;
            }
            if (i + 1 < lines.size() && ColumnTable.isRule(lines.raw(i + 1))) {
                // pandoc's plain tables: columns of spaces under a rule of dash runs.
                Optional<ColumnTable.Read> t = ColumnTable.read(lines, i);
                if (t.isPresent()) {
                    flushParagraph();
                    List<Integer> rowLines = t.get().rowLines().stream().map(n -> n + 1).toList();
                    r.add(new TableBlock(t.get().header(), t.get().rows(), rowLines, i + 1));
                    return t.get().next();
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
            if (BULLET.matcher(line).find()) {
                return bulletList(i);
            }
            Optional<FindingHeadBlock> head = attributedHead(line, i + 1);
            if (head.isEmpty() && startsFinding(line) && i + 1 < lines.size()) {
                // Later templates put the agents on the next line, models glued, tags after:
                // "Codex GPT 5.4Gemini 3.1 Pro(important, regression)".
                Optional<Attributions.Named> next = r.agents.attributionLine(lines.clean(i + 1));
                if (next.isPresent()) {
                    Matcher f = FINDING_LINE.matcher(line);
                    f.matches();
                    flushParagraph();
                    r.add(new FindingHeadBlock(f.group("number"), f.group("title").strip(), List.of(),
                            next.get().agents(), next.get().tags(), false, "", i + 1));
                    return i + 2;
                }
            }
            if (head.isPresent()) {
                flushParagraph();
                r.add(head.get());
                return i + 1;
            }
            if (startsFinding(line) || FIX_LINE.matcher(line).find()) {
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
            Matcher agent = AGENT_HEADING.matcher(line);
            if (!SectionNames.isKnownTitle(line) && agent.matches() && r.agents.isFamily(agent.group("family"))) {
                startSection(3, "[" + agent.group("family") + "]", i + 1);
                if (agent.group("rest") != null) {
                    addParagraphLine(agent.group("rest"), i + 1);
                }
            } else {
                int level = SectionNames.isKnownTitle(line) && !SectionNames.isSubsectionTitle(line) ? 2 : 3;
                startSection(level, line, i + 1);
            }
        }

        /** A finding line starts a new paragraph only when it carries an id, not for every numbered line. */
        private static boolean startsFinding(String line) {
            return FINDING_ID_LINE.matcher(line).matches();
        }

        private boolean isHeading(int i, String line) {
            if (FlatLines.STARRED_HEADING.matcher(lines.raw(i).strip()).matches()) {
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
            Matcher agent = AGENT_HEADING.matcher(line);
            if (agent.matches() && r.agents.isFamily(agent.group("family")) && retro) {
                return agent.group("rest") != null ? line.startsWith("[") : pilcrow || alone;
            }
            // Under the pilcrow style every other pilcrow line is a sub-heading, unless it ends in agents.
            return pilcrow && r.agents.trailing(FINDING_LINE.matcher(line).replaceFirst("${title}")).isEmpty();
        }

        /**
         * "I1. Title Claude Codex" as a finding head with its agents. A line without a number that
         * ends in agent names is no head: its number was lost, and inventing one would be a guess.
         */
        private Optional<FindingHeadBlock> attributedHead(String line, int lineNo) {
            Matcher f = FINDING_LINE.matcher(line);
            if (!f.matches()) {
                return Optional.empty();
            }
            String number = f.group("number");
            return r.agents.trailing(f.group("title")).map(named -> {
                // A numbered item ("1. Title — text Claude") lost the bold that set its title apart;
                // the dash after the title still does. A finding id's title is kept whole.
                String[] parts = Character.isDigit(number.charAt(0)) ? TITLE_DASH.split(named.text(), 2)
                        : new String[] {named.text()};
                return new FindingHeadBlock(number, parts[0], List.of(), named.agents(), List.of(), false,
                        parts.length == 2 ? parts[1] : "", lineNo);
            });
        }

        /** Consecutive "- item" lines; a line that is no bullet ends the list. */
        private int bulletList(int i) {
            flushParagraph();
            int start = i;
            List<ListItem> items = new ArrayList<>();
            while (i < lines.size() && BULLET.matcher(lines.clean(i)).find()) {
                String text = BULLET_MARK.matcher(lines.clean(i)).replaceFirst("");
                items.add(new ListItem(0, text, List.of(), i + 1));
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
                r.add(new Paragraph(paragraph.toString(), paragraphLine));
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
