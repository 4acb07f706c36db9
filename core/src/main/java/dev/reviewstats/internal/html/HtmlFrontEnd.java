package dev.reviewstats.internal.html;

import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.CodeBlock;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import dev.reviewstats.internal.outline.Outline;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.SectionCollector;
import dev.reviewstats.internal.outline.TableBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads HTML into the outline: the review tool's own pages (metadata table, finding cards with
 * agent pills and code-file headers, retro table) and plain HTML rendered from the Markdown by any
 * generic renderer. What is peculiar to the tool's pages is rewritten here into the outline's
 * conventions (a finding card's title becomes a finding head with its locations and agents), so the
 * section extractors stay shared. Stateless and thread-safe.
 */
public final class HtmlFrontEnd {
    private static final String FINDING_TITLE = "finding-title";
    private static final String FINDING_NUM = "finding-num";
    /** Agent attributions are "pill" spans in later pages and "badge" spans in early ones. */
    private static final Set<String> PILLS = Set.of("pill", "badge");
    private static final Set<String> FINDING_CARDS = Set.of("card-critical", "card-important", "card-suggestion");
    private static final String FIX_LABEL = "fix-label";
    private static final String PILCROW = "pilcrow";
    private static final String VERDICT = "verdict";
    private static final Set<String> CODE_HEADERS = Set.of("code-file-header", "file-header");
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "head", "hr", "summary", "nav",
            "footer", "template", "noscript", "svg", "button", "input", "select");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern LANGUAGE = Pattern.compile("language-(\\S+)");
    private static final Pattern LINE_FRAGMENT = Pattern.compile("#L(\\d+)(?:-L(\\d+))?$");
    private static final Pattern REVIEW_LINK = Pattern.compile("\\d{8}-\\d{6}-[\\w.\\-]+\\.(?:html|md)$");
    private static final Pattern LEADING_COMMA = Pattern.compile("^,\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[—–,\\s]");
    private static final int DEEPEST = 200;
    private static final Pattern TRAILING_TAG = Pattern.compile("^[—–-]\\s*([a-z][a-z ,\\-]*)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^((?:[CIS])?\\d{1,3}\\.)\\s+");

    /**
     * What a page holds: its outline, or why it is no review.
     *
     * @param outline the page as an outline, or {@code null} for a page of another kind
     * @param notAReview why the page is no review, or {@code ""}
     */
    public record Page(Outline outline, String notAReview) {
    }

    /** Reads a page: a catalogue of reviews is recognised and set aside, anything else becomes an outline. */
    public Page read(String html) {
        Document doc = parse(html);
        Optional<String> catalogue = catalogue(doc);
        if (catalogue.isPresent()) {
            return new Page(null, catalogue.get());
        }
        Element root = Optional.ofNullable(doc.selectFirst("main")).orElse(doc.body());
        Walk walk = new Walk(new SourceLines(html, doc));
        walk.children(root, null, 0);
        return new Page(new Outline(walk.sections.finish(), walk.lines.lineCount()), "");
    }

    /**
     * Says why a page is a catalogue rather than a review, if it is one: a page that links to
     * several review pages and has no metadata table of its own.
     */
    private static Optional<String> catalogue(Document doc) {
        if (doc.selectFirst("table.meta-table") != null) {
            return Optional.empty();
        }
        long reviewLinks = doc.select("a[href]").stream()
                .filter(a -> REVIEW_LINK.matcher(a.attr("href")).find())
                .map(a -> a.attr("href")).distinct().count();
        if (reviewLinks >= 3) {
            String title = doc.title().isBlank() ? "the page" : "'" + doc.title().strip() + "'";
            return Optional.of(title + " is a catalogue page linking " + reviewLinks + " reviews, not a review");
        }
        return Optional.empty();
    }

    /** Without jsoup's position tracking, which doubles its time; {@link SourceLines} places elements instead. */
    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /** The state of one read: the sections so far. */
    private static final class Walk {
        final SectionCollector sections = new SectionCollector();
        final SourceLines lines;
        boolean fixPending;
        /** Elements a finding head took in, so the walk does not read them again. */
        final Set<Element> consumed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Walk(SourceLines lines) {
            this.lines = lines;
        }

        int lineOf(Node n) {
            return lines.lineOf(n);
        }

        /** Where blocks go: {@code null} stands for the current section, which headings replace. */
        List<Block> target(List<Block> into) {
            return into == null ? sections.current() : into;
        }

        /** Walks block-level children, gathering loose inline content into paragraphs. */
        void children(Element parent, List<Block> into, int depth) {
            if (depth > DEEPEST) {
                // Pathologically deep nesting: keep the text, drop the structure.
                String text = parent.text().strip();
                if (!text.isEmpty()) {
                    target(into).add(new Paragraph(text, lineOf(parent)));
                }
                return;
            }
            StringBuilder loose = new StringBuilder();
            int looseLine = 0;
            List<Node> nodes = parent.childNodes();
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                if (n instanceof Element e && consumed.contains(e)) {
                    continue;
                }
                if (n instanceof Element e && isBlock(e)) {
                    looseLine = flushLoose(loose, looseLine, into);
                    if (isFindingTitle(e)) {
                        target(into).add(new Paragraph(findingHead(e, nodes, i), lineOf(e)));
                    } else if (hasAnyClass(e, CODE_HEADERS)) {
                        continue;
                    } else if (e.hasClass(FIX_LABEL) && e.normalName().equals("p")) {
                        // "<p class=fix-label>Fix</p><p>…</p>": one Fix paragraph, as Markdown writes it.
                        fixPending = true;
                    } else {
                        block(e, into, depth);
                    }
                } else {
                    if (loose.length() == 0) {
                        looseLine = lineOf(n);
                    }
                    Inline.append(n, loose);
                }
            }
            flushLoose(loose, looseLine, into);
        }

        private int flushLoose(StringBuilder loose, int looseLine, List<Block> into) {
            String text = Inline.finish(loose);
            if (!text.isEmpty()) {
                target(into).add(new Paragraph(text, looseLine));
            }
            loose.setLength(0);
            return 0;
        }

        void block(Element e, List<Block> into, int depth) {
            String tag = e.normalName();
            if (SKIPPED_TAGS.contains(tag)) {
                return;
            }
            if (HEADINGS.contains(tag)) {
                // A heading inside a card starts a section too; the card's later blocks belong to it.
                if (into == null) {
                    sections.startSection(tag.charAt(1) - '0', Inline.of(e), lineOf(e));
                } else {
                    into.add(new Paragraph("**" + Inline.of(e) + "**", lineOf(e)));
                }
                return;
            }
            switch (tag) {
                case "p" -> {
                    String text = Inline.of(e);
                    if (!text.isEmpty()) {
                        target(into).add(new Paragraph(fixPending ? "Fix: " + text : text, lineOf(e)));
                        fixPending = false;
                    }
                }
                case "ul", "ol" -> target(into).add(list(e, depth));
                case "pre" -> target(into).add(code(e));
                case "table" -> target(into).add(table(e));
                default -> children(e, into, depth + 1);
            }
        }

        ListBlock list(Element e, int depth) {
            boolean ordered = e.normalName().equals("ol");
            int number = ordered ? parseIntOr(e.attr("start"), 1) : 0;
            List<ListItem> items = new ArrayList<>();
            for (Element li : e.children()) {
                if (!li.normalName().equals("li")) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                List<Block> children = new ArrayList<>();
                for (Node c : li.childNodes()) {
                    if (c instanceof Element ce && isBlock(ce)) {
                        if (ce.normalName().equals("p") && text.length() == 0 && children.isEmpty()) {
                            text.append(Inline.of(ce));
                        } else {
                            block(ce, children, depth + 1);
                        }
                    } else {
                        Inline.append(c, text);
                    }
                }
                items.add(new ListItem(ordered ? number++ : 0, Inline.finish(text), children, lineOf(li)));
            }
            return new ListBlock(ordered, items, lineOf(e));
        }

        CodeBlock code(Element pre) {
            Element codeEl = pre.selectFirst("code");
            String cls = (codeEl != null ? codeEl.className() + " " : "") + pre.className();
            Matcher m = LANGUAGE.matcher(cls);
            return new CodeBlock(m.find() ? m.group(1) : "", (codeEl != null ? codeEl : pre).wholeText(), lineOf(pre));
        }

        TableBlock table(Element t) {
            List<String> header = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            List<Integer> rowLines = new ArrayList<>();
            for (Element tr : t.select("tr")) {
                if (tr.closest("table") != t) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                boolean allTh = true;
                for (Element cell : tr.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        cells.add(Inline.ofCell(cell));
                        allTh &= cell.normalName().equals("th");
                    }
                }
                boolean inHead = tr.parent() != null && tr.parent().normalName().equals("thead");
                if ((inHead || allTh) && header.isEmpty() && rows.isEmpty()) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                    rowLines.add(lineOf(tr));
                }
            }
            return new TableBlock(header, rows, rowLines, lineOf(t));
        }

        /**
         * A finding card's title in the outline's finding-head form:
         * {@code I1. **Title** — `path:453-468` [Gemini]}, with the locations of the code-file
         * headers that follow it in the card.
         */
        String findingHead(Element title, List<Node> siblings, int index) {
            String num = "";
            List<String> agents = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Node c : title.childNodes()) {
                if (c instanceof Element ce && ce.hasClass(FINDING_NUM)) {
                    num = ce.text().strip();
                } else if (c instanceof Element ce && hasAnyClass(ce, PILLS)) {
                    agents.add(ce.text().strip());
                } else {
                    Inline.append(c, text);
                }
            }
            List<String> locations = new ArrayList<>();
            String tags = "";
            Element attribution = attributionLine(title);
            if (attribution != null) {
                // "<p>`path:34` [pills] — important, regression</p>" right after the title.
                consumed.add(attribution);
                StringBuilder rest = new StringBuilder();
                for (Node c : attribution.childNodes()) {
                    if (c instanceof Element ce && hasAnyClass(ce, PILLS)) {
                        agents.add(ce.text().strip());
                    } else if (c instanceof Element ce && (ce.normalName().equals("code") || ce.selectFirst("code") != null)) {
                        String code = (ce.normalName().equals("code") ? ce : ce.selectFirst("code")).text().strip();
                        if (!locations.contains(code)) {
                            locations.add(code);
                        }
                    } else {
                        Inline.append(c, rest);
                    }
                }
                Matcher tag = TRAILING_TAG.matcher(LEADING_COMMA.matcher(rest.toString().replace(",", ", ").strip()).replaceAll(""));
                if (tag.matches()) {
                    tags = " (" + COMMA.matcher(tag.group(1).strip()).replaceAll(", ") + ")";
                }
            }
            for (int j = index + 1; j < siblings.size(); j++) {
                if (siblings.get(j) instanceof Element e) {
                    if (isFindingTitle(e)) {
                        break;
                    }
                    if (hasAnyClass(e, CODE_HEADERS)) {
                        location(e, siblings, j).filter(l -> !locations.contains(l)).ifPresent(locations::add);
                    }
                }
            }
            String[] lines = Inline.finish(text).split("\n", 2);
            String t = lines[0].strip();
            if (lines.length > 1) {
                // "Title<br>[pills] — regression": the second line carries the tags.
                Matcher tag = TRAILING_TAG.matcher(lines[1].strip());
                tags = tag.matches() ? " (" + tag.group(1).strip() + ")" : tags;
                if (!tag.matches() && !lines[1].isBlank()) {
                    t = t + " " + lines[1].strip();
                }
            }
            Matcher leadingNum = LEADING_NUMBER.matcher(t);
            if (num.isEmpty() && leadingNum.find()) {
                num = leadingNum.group(1);
                t = t.substring(leadingNum.end());
            }
            StringBuilder head = new StringBuilder();
            if (!num.isEmpty()) {
                head.append(num).append(' ');
            }
            head.append("**").append(t.isEmpty() ? "(untitled)" : t).append("**");
            if (!locations.isEmpty()) {
                head.append(" — ");
                for (int k = 0; k < locations.size(); k++) {
                    head.append(k == 0 ? "" : ", ").append('`').append(locations.get(k)).append('`');
                }
            }
            if (!agents.isEmpty()) {
                head.append(" [").append(String.join(", ", agents)).append(']');
            }
            return head.append(tags).toString();
        }

        /** {@code path:lines} from a code-file header and the highlighted lines of the excerpt after it. */
        Optional<String> location(Element header, List<Node> siblings, int index) {
            Element a = header.selectFirst("a");
            String path = (a != null ? a.text() : header.text()).strip();
            if (path.isEmpty()) {
                return Optional.empty();
            }
            String lines = "";
            for (int j = index + 1; j < siblings.size(); j++) {
                if (siblings.get(j) instanceof Element e) {
                    if (e.normalName().equals("pre")) {
                        lines = e.attr("data-line").replace(" ", "");
                    }
                    break;
                }
            }
            if (lines.isEmpty() && a != null) {
                Matcher m = LINE_FRAGMENT.matcher(a.attr("href"));
                if (m.find()) {
                    lines = m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2);
                }
            }
            return Optional.of(lines.isEmpty() ? path : path + ":" + lines);
        }
    }

    /**
     * The paragraph some pages put right after a finding title, holding only its location, agent pills
     * and tags; {@code null} when the next element is anything else.
     */
    private static Element attributionLine(Element title) {
        Element next = title.nextElementSibling();
        if (next == null || !next.normalName().equals("p") || next.select("." + String.join(", .", PILLS)).isEmpty()) {
            return null;
        }
        Element copy = next.clone();
        copy.select("." + String.join(", .", PILLS)).remove();
        copy.select("code").remove();
        return SEPARATORS.matcher(copy.text()).replaceAll("").length() <= 40 ? next : null;
    }

    /** A finding card's title: the tool's title div, or a heading at the top of a finding card in early pages. */
    private static boolean isFindingTitle(Element e) {
        if (e.hasClass(FINDING_TITLE)) {
            return true;
        }
        Element parent = e.parent();
        return HEADINGS.contains(e.normalName()) && parent != null && hasAnyClass(parent, FINDING_CARDS);
    }

    /** Asks jsoup per class: {@code classNames()} would build a set for every element of the page. */
    private static boolean hasAnyClass(Element e, Set<String> classes) {
        if (!e.hasAttr("class")) {
            return false;
        }
        for (String c : classes) {
            if (e.hasClass(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlock(Element e) {
        return switch (e.normalName()) {
            case "p", "div", "ul", "ol", "pre", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                    "details", "blockquote", "main", "header", "hr", "figure", "dl", "summary", "script", "style",
                    "nav", "footer", "aside", "body" -> true;
            default -> false;
        };
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Inline HTML in the outline's inline markup. */
    static final class Inline {
        private Inline() {
        }

        /** Marks pill brackets so that adjacent pills merge into one list, as Markdown writes them. */
        private static final char PILL_MARK = '\u0001';
        private static final char PILL_START = '\u0002';
        private static final Pattern PILL_SPAN = Pattern.compile(PILL_MARK + "\\[([^\\]]*)\\]" + PILL_MARK);
        private static final Pattern TEXT_BEFORE_PILL = Pattern.compile("([^,\\s])\\s*((?:~~)?)" + PILL_START);
        private static final Pattern ADJACENT_PILLS = Pattern.compile("\\]" + PILL_MARK + "\\s*" + PILL_MARK + "\\[");

        static String of(Element e) {
            StringBuilder sb = new StringBuilder();
            for (Node c : e.childNodes()) {
                append(c, sb);
            }
            return finish(sb);
        }

        /**
         * A table cell: agents written as pills ({@code [Claude] Opus 4.6 [Codex] GPT 5.4}, or
         * {@code [Claude] [Codex]}) become the comma-separated list Markdown writes.
         */
        static String ofCell(Element e) {
            StringBuilder sb = new StringBuilder();
            for (Node c : e.childNodes()) {
                append(c, sb);
            }
            String marked = PILL_SPAN.matcher(sb).replaceAll(PILL_START + "$1");
            marked = TEXT_BEFORE_PILL.matcher(marked).replaceAll("$1, $2" + PILL_START);
            return finish(marked.replace(String.valueOf(PILL_START), ""));
        }

        /**
         * Merges adjacent pills, folds runs of horizontal white space into one space and drops the
         * spaces around line breaks. A character scan: every paragraph and cell of a page passes here.
         */
        static String finish(CharSequence raw) {
            String s = raw.toString();
            if (s.indexOf(PILL_MARK) >= 0) {
                s = ADJACENT_PILLS.matcher(s).replaceAll(", ").replace(String.valueOf(PILL_MARK), "");
            }
            if (!needsFolding(s)) {
                return s.strip();
            }
            StringBuilder out = new StringBuilder(s.length());
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (!isHorizontalSpace(c)) {
                    out.append(c);
                    continue;
                }
                int end = i;
                while (end < n && isHorizontalSpace(s.charAt(end))) {
                    end++;
                }
                boolean besideBreak = (out.length() > 0 && out.charAt(out.length() - 1) == '\n') || (end < n && s.charAt(end) == '\n');
                if (!besideBreak) {
                    out.append(' ');
                }
                i = end - 1;
            }
            return out.toString().strip();
        }

        /** Whether {@link #finish} has white space to fold: most text has single spaces between words only. */
        private static boolean needsFolding(String s) {
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c == ' ') {
                    if (i + 1 < n && (isHorizontalSpace(s.charAt(i + 1)) || s.charAt(i + 1) == '\n')) {
                        return true;
                    }
                } else if (c == '\n') {
                    if (i + 1 < n && isHorizontalSpace(s.charAt(i + 1))) {
                        return true;
                    }
                } else if (isHorizontalSpace(c)) {
                    return true;
                }
            }
            return false;
        }

        /** {@code [ \t\x0B\f\r]}: white space that is not a line break. */
        private static boolean isHorizontalSpace(char c) {
            return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
        }

        static void append(Node n, StringBuilder sb) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText().replace('\n', ' '));
                return;
            }
            if (!(n instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (SKIPPED_TAGS.contains(tag) || e.hasClass(PILCROW)) {
                return;
            }
            switch (tag) {
                case "br" -> sb.append('\n');
                case "code" -> sb.append('`').append(e.wholeText()).append('`');
                case "strong", "b" -> wrap(e, "**", sb);
                case "del", "s", "strike" -> wrap(e, "~~", sb);
                case "em", "i" -> emphasis(e, sb);
                case "img" -> sb.append(e.attr("alt"));
                default -> {
                    if (hasAnyClass(e, PILLS)) {
                        sb.append(PILL_MARK).append('[').append(e.text().strip()).append(']').append(PILL_MARK);
                    } else if (e.hasClass(VERDICT)) {
                        wrap(e, "**", sb);
                    } else {
                        for (Node c : e.childNodes()) {
                            append(c, sb);
                        }
                    }
                }
            }
        }

        private static void wrap(Element e, String marker, StringBuilder sb) {
            StringBuilder inner = new StringBuilder();
            for (Node c : e.childNodes()) {
                append(c, inner);
            }
            if (inner.toString().isBlank()) {
                return;
            }
            sb.append(marker).append(inner).append(marker);
        }

        /**
         * A Markdown renderer that mistakes intraword underscores for emphasis turns
         * {@code read_file 2, run_shell_command} into {@code read<em>file 2, run</em>shell_command};
         * emphasis glued to letters on both sides is put back as underscores.
         */
        private static void emphasis(Element e, StringBuilder sb) {
            Node prev = e.previousSibling();
            Node next = e.nextSibling();
            boolean gluedBefore = prev instanceof TextNode pt && !pt.getWholeText().isEmpty()
                    && Character.isLetterOrDigit(pt.getWholeText().charAt(pt.getWholeText().length() - 1));
            boolean gluedAfter = next instanceof TextNode nt && !nt.getWholeText().isEmpty()
                    && Character.isLetterOrDigit(nt.getWholeText().charAt(0));
            if (gluedBefore && gluedAfter) {
                sb.append('_');
                for (Node c : e.childNodes()) {
                    append(c, sb);
                }
                sb.append('_');
            } else {
                wrap(e, "*", sb);
            }
        }
    }
}
