package dev.reviewstats.internal.html;

import dev.reviewstats.internal.template.Vocabulary;
import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.template.Counts;
import static dev.reviewstats.internal.html.Markup.CODE_HEADERS;
import static dev.reviewstats.internal.html.Markup.FIX_LABEL;
import static dev.reviewstats.internal.html.Markup.HEADINGS;
import static dev.reviewstats.internal.html.Markup.SKIPPED_TAGS;
import static dev.reviewstats.internal.html.Markup.hasAnyClass;
import static dev.reviewstats.internal.html.Markup.isBlock;
import static dev.reviewstats.internal.html.Markup.isFindingTitle;

import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.CodeBlock;
import dev.reviewstats.internal.outline.FrontEnd;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import dev.reviewstats.internal.outline.Outline;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.SectionCollector;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.SourceForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Reads HTML into the outline: the review tool's own pages (metadata table, finding cards with
 * agent pills and code-file headers, retro table) and plain HTML rendered from the Markdown by any
 * generic renderer. What is peculiar to the tool's pages is rewritten here into the outline's
 * conventions (a finding card's title becomes a finding head with its locations and agents), so the
 * section extractors stay shared. Stateless and thread-safe.
 */
public final class HtmlFrontEnd implements FrontEnd {
    private static final int DEEPEST = 200;

    @Override
    public SourceForm form() {
        return SourceForm.HTML;
    }

    /** Reads a page: a catalogue of reviews is recognised and set aside, anything else becomes an outline. */
    @Override
    public Outline read(String page) {
        HtmlNesting.Capped capped = HtmlNesting.cap(page);
        String html = capped.html();
        Document doc = parse(html);
        SourceLines lines = new SourceLines(html, doc, capped.tags());
        List<String> hrefs = lines.elements().stream().filter(e -> e.normalName().equals("a") && e.hasAttr("href"))
                .map(a -> a.attr("href")).toList();
        Optional<String> catalogue = catalogue(doc, hrefs);
        if (catalogue.isPresent()) {
            return Outline.setAside(catalogue.get(), lines.lineCount());
        }
        Element root = Optional.ofNullable(doc.selectFirst(Markup.MAIN)).orElse(doc.body());
        Walk walk = new Walk(lines);
        walk.children(root, null, 0);
        List<Diagnostic> notes = capped.firstCutLine() == 0 ? List.of()
                : List.of(Diagnostic.of(DiagnosticCode.INPUT_LIMIT, "the page nests elements more than " + HtmlNesting.MAX_DEPTH
                        + " deep from line " + capped.firstCutLine() + " on; the deeper elements were read as plain text",
                        capped.firstCutLine()));
        return new Outline(walk.sections.finish(), lines.lineCount(), notes).withLinks(hrefs.stream()
                .filter(h -> h.startsWith("http://") || h.startsWith("https://")).toList());
    }

    /**
     * Says why a page is a catalogue rather than a review, if it is one: a page that links to
     * several review pages and has no metadata table of its own. {@code hrefs} are the page's links in
     * document order.
     */
    private static Optional<String> catalogue(Document doc, List<String> hrefs) {
        if (doc.selectFirst(Markup.META_TABLE) != null) {
            return Optional.empty();
        }
        long reviewLinks = hrefs.stream().filter(HtmlFrontEnd::linksAReview).distinct().count();
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
                    target(into).add(Paragraph.ofInline(text, lineOf(parent)));
                }
                return;
            }
            InlineBuffer loose = new InlineBuffer();
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
                        target(into).add(FindingCards.head(e, nodes, i, lineOf(e), consumed::add));
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
                    HtmlInline.append(n, loose);
                }
            }
            flushLoose(loose, looseLine, into);
        }

        private int flushLoose(InlineBuffer loose, int looseLine, List<Block> into) {
            String text = loose.finish();
            if (!text.isEmpty()) {
                target(into).add(Paragraph.ofInline(text, looseLine));
            }
            loose.clear();
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
                    sections.startSection(tag.charAt(1) - '0', HtmlInline.of(e), lineOf(e));
                } else {
                    into.add(Paragraph.boldHeading(HtmlInline.of(e), lineOf(e)));
                }
                return;
            }
            switch (tag) {
                case "p" -> {
                    String text = HtmlInline.of(e);
                    if (!text.isEmpty()) {
                        target(into).add(fixPending ? Paragraph.labelled(FIX, text, lineOf(e)) : Paragraph.ofInline(text, lineOf(e)));
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
                InlineBuffer text = new InlineBuffer();
                List<Block> children = new ArrayList<>();
                for (Node c : li.childNodes()) {
                    if (c instanceof Element ce && isBlock(ce)) {
                        if (ce.normalName().equals("p") && text.length() == 0 && children.isEmpty()) {
                            text.append(HtmlInline.of(ce));
                        } else {
                            block(ce, children, depth + 1);
                        }
                    } else {
                        HtmlInline.append(c, text);
                    }
                }
                items.add(ListItem.ofInline(ordered ? number++ : 0, text.finish(), children, lineOf(li)));
            }
            return new ListBlock(ordered, items, lineOf(e));
        }

        CodeBlock code(Element pre) {
            Element codeEl = pre.selectFirst(Markup.CODE);
            String cls = (codeEl != null ? codeEl.className() + " " : "") + pre.className();
            return new CodeBlock(language(cls), (codeEl != null ? codeEl : pre).wholeText(), lineOf(pre));
        }

        TableBlock table(Element t) {
            List<String> header = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            List<Integer> rowLines = new ArrayList<>();
            for (Element tr : t.select(Markup.ROW)) {
                if (tr.closest(Markup.TABLE) != t) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                boolean allTh = true;
                for (Element cell : tr.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        cells.add(HtmlInline.ofCell(cell));
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
    }

    /** The label of a fix paragraph, as the Markdown report writes it in bold. */
    private static final String FIX = "Fix:";

    private static int parseIntOr(String s, int fallback) {
        int n = Counts.intOrMinusOne(s.strip());
        return n < 0 ? fallback : n;
    }

    private static final String LANGUAGE_CLASS = "language-";
    private static final java.util.List<String> REPORT_ENDINGS = java.util.List.of(".html", ".md");

    /** A code block's language from its classes, {@code language-go}, or {@code ""}. */
    static String language(String classes) {
        for (int at = classes.indexOf(LANGUAGE_CLASS); at >= 0; at = classes.indexOf(LANGUAGE_CLASS, at + 1)) {
            int from = at + LANGUAGE_CLASS.length();
            int end = from;
            while (end < classes.length() && !CharClass.isSpace(classes.charAt(end))) {
                end++;
            }
            if (end > from) {
                return classes.substring(from, end);
            }
        }
        return "";
    }

    /** Whether a link points at another review's page or Markdown, {@code …/20260412-101500-pr-238.html}: an index links them. */
    static boolean linksAReview(String href) {
        for (int end = href.length(); end >= href.length() - 2 && end >= 0; end--) {
            if (!CharClass.isInputEnd(href, end)) {
                continue;
            }
            for (String ending : REPORT_ENDINGS) {
                int suffix = end - ending.length();
                if (suffix >= 0 && href.startsWith(ending, suffix)) {
                    for (int p = suffix - 1; p >= 0 && isIdChar(href.charAt(p)); p--) {
                        if (Vocabulary.isReviewId(href, p, suffix)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean isIdChar(char c) {
        return CharClass.isWord(c) || c == '.' || c == '-';
    }
}
