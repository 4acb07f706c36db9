package dev.reviewstats.internal.markdown;

import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.template.Counts;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.CodeBlock;
import dev.reviewstats.internal.outline.FrontEnd;
import dev.reviewstats.internal.outline.Lead;
import dev.reviewstats.internal.outline.LineIndex;
import dev.reviewstats.internal.outline.Outline;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.RawHtml;
import dev.reviewstats.internal.outline.SectionCollector;
import dev.reviewstats.internal.read.InputLimits;
import dev.reviewstats.model.SourceForm;
import java.util.ArrayList;
import java.util.List;

/** Reads Markdown into the outline. Stateless and thread-safe: flexmark's parser is immutable once built. */
public final class MarkdownFrontEnd implements FrontEnd {
    private static final String BOLD = "**";

    private final Parser parser;

    public MarkdownFrontEnd() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        // Report tables are often ragged; keep every cell rather than drop or pad silently.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        this.parser = Parser.builder(options).customInlineParserFactory(LinearInlineParser.FACTORY).build();
    }

    @Override
    public SourceForm form() {
        return SourceForm.MARKDOWN;
    }

    /**
     * Code as the outline holds it: every line ends with a line break, also the last line of a
     * fence the document left open, which flexmark gives without one when the input has no final
     * line break.
     */
    private static String codeText(BasedSequence chars) {
        String text = textOf(chars);
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    /** The absolute web addresses of the document's links and autolinks, in order. */
    private static List<String> links(Document document) {
        List<String> out = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            String url = n instanceof com.vladsch.flexmark.ast.Link l ? l.getUrl().toString()
                    : n instanceof com.vladsch.flexmark.ast.AutoLink a ? a.getUrl().toString() : null;
            if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
                out.add(url);
            }
        }
        return out;
    }

    @Override
    public Outline read(String text) {
        // Limits first: past them flexmark works quadratically; the notes say where the input was cut.
        InputLimits.Limited limited = InputLimits.apply(text, true);
        // Markdown a report quotes in a fence (an agent's pasted review) is read as Markdown.
        QuotedMarkdown.Unwrapped unwrapped = QuotedMarkdown.unwrap(limited.text());
        StrayTableLines.Repaired repaired = StrayTableLines.repair(unwrapped.text());
        String input = repaired.text();
        Document document = parser.parse(input);
        Lines lines = new Lines(input);
        SectionCollector out = new SectionCollector();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                out.startSection(heading.getLevel(), inline(heading), lines.of(heading));
            } else {
                blocks(node, lines, out.current());
            }
        }
        List<dev.reviewstats.model.Diagnostic> notes = new ArrayList<>(limited.notes());
        notes.addAll(unwrapped.notes());
        notes.addAll(repaired.notes());
        return new Outline(out.finish(), lines.count(), notes).withLinks(links(document));
    }

    private void blocks(Node node, Lines lines, List<Block> into) {
        int line = lines.of(node);
        if (node instanceof com.vladsch.flexmark.ast.Paragraph p) {
            String text = inline(p);
            into.add(new Paragraph(text, line, leadOf(p, text)));
        } else if (node instanceof ListBlock list) {
            into.add(list(list, lines));
        } else if (node instanceof FencedCodeBlock code) {
            into.add(new CodeBlock(code.getInfo().toString().strip(), codeText(code.getContentChars()), line));
        } else if (node instanceof IndentedCodeBlock code) {
            into.add(new CodeBlock("", codeText(code.getContentChars()), line));
        } else if (node instanceof TableBlock table) {
            into.add(table(table, lines));
        } else if (node instanceof HtmlBlock html) {
            // Without its final line break, which flexmark keeps only when the input has one.
            into.add(new RawHtml(textOf(html.getChars()).stripTrailing(), line));
        } else if (node instanceof BlockQuote || node instanceof ListItem) {
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                blocks(c, lines, into);
            }
        } else if (node instanceof Heading heading) {
            // A heading nested in a list or quote is content, not structure.
            into.add(Paragraph.boldHeading(inline(heading), line));
        } else if (node instanceof ThematicBreak || node instanceof HtmlCommentBlock) {
            return;
        } else if (node.hasChildren()) {
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                blocks(c, lines, into);
            }
        } else if (!node.getChars().isBlank()) {
            // A node flexmark leaves unparsed is its source text, whose bold is read as written.
            String text = textOf(node.getChars()).strip();
            into.add(Paragraph.ofInline(text, line));
        }
    }

    private dev.reviewstats.internal.outline.ListBlock list(ListBlock list, Lines lines) {
        boolean ordered = list instanceof OrderedList;
        int next = ordered ? ((OrderedList) list).getStartNumber() : 0;
        List<dev.reviewstats.internal.outline.ListItem> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item)) {
                continue;
            }
            int number = 0;
            if (ordered) {
                String marker = item.getOpeningMarker().toString();
                int digits = firstDigits(marker);
                number = digits >= 0 ? safeInt(marker.substring(digits, CharClass.skipDigits(marker, digits)), next) : next;
                next = number + 1;
            }
            String text = "";
            Lead lead = null;
            List<Block> children = new ArrayList<>();
            Node first = item.getFirstChild();
            Node rest = first;
            if (first instanceof com.vladsch.flexmark.ast.Paragraph p) {
                text = inline(p);
                lead = leadOf(p, text);
                rest = first.getNext();
            }
            for (Node c = rest; c != null; c = c.getNext()) {
                blocks(c, lines, children);
            }
            items.add(new dev.reviewstats.internal.outline.ListItem(number, text, children, lines.of(item), lead));
        }
        return new dev.reviewstats.internal.outline.ListBlock(ordered, items, lines.of(list));
    }

    private static int safeInt(String digits, int fallback) {
        int n = Counts.intOrMinusOne(digits);
        return n < 0 ? fallback : n;
    }

    private dev.reviewstats.internal.outline.TableBlock table(TableBlock table, Lines lines) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableSeparator) {
                continue;
            }
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow row)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        cells.add(inline(cell).strip());
                    }
                }
                if (section instanceof TableHead) {
                    if (header.isEmpty()) {
                        header.addAll(cells);
                    }
                } else {
                    rows.add(cells);
                    rowLines.add(lines.of(row));
                }
            }
        }
        return new dev.reviewstats.internal.outline.TableBlock(header, rows, rowLines, lines.of(table));
    }

    /**
     * The bold a paragraph opens with, from the syntax tree: its first node, when that is strong
     * emphasis with text in it. {@code text} is the paragraph as {@link #inline} wrote it; what follows
     * the bold is cut from it at the length the bold was written with.
     */
    private static Lead leadOf(Node paragraph, String text) {
        Node first = paragraph.getFirstChild();
        if (!(first instanceof StrongEmphasis)) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        appendInline(first, title);
        String written = BOLD + title + BOLD;
        // The paragraph's text is stripped; a title that starts or ends with white space is not where it was written.
        if (title.length() == 0 || !text.startsWith(written)) {
            return null;
        }
        return new Lead(title.toString(), text.substring(written.length()));
    }

    /** Renders a node's inline children as outline inline text. */
    static String inline(Node parent) {
        StringBuilder sb = new StringBuilder();
        appendInline(parent, sb);
        return sb.toString().strip();
    }

    /**
     * A sequence's characters. flexmark's {@code toString} copies one character at a time; a plain
     * slice of the input is cut from the input string instead, reading NUL as U+FFFD as flexmark does.
     */
    private static String textOf(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            String t = base.substring(chars.getStartOffset(), chars.getEndOffset());
            return t.indexOf('\0') < 0 ? t : t.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }

    /** Text with backslash escapes and entities resolved; most text has neither, and unescaping is costly. */
    private static void appendText(BasedSequence chars, StringBuilder sb) {
        String text = textOf(chars);
        if (text.indexOf('\\') < 0 && text.indexOf('&') < 0) {
            sb.append(text);
        } else {
            sb.append(chars.unescape());
        }
    }

    private static void appendInline(Node parent, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text) {
                appendText(n.getChars(), sb);
            } else if (n instanceof Code code) {
                sb.append('`').append(textOf(code.getText())).append('`');
            } else if (n instanceof Link link && pointsAtLines(link.getUrl().toString()) && !hasCode(link)) {
                // "[ssh_keys.go:32-60](…/ssh_keys.go#L32)": a link to source lines names a location, which
                // the outline writes as code, as a location written `ssh_keys.go:32-60` is.
                sb.append('`');
                appendInline(link, sb);
                sb.append('`');
            } else if (n instanceof StrongEmphasis) {
                wrap(n, BOLD, sb);
            } else if (n instanceof Emphasis) {
                wrap(n, "*", sb);
            } else if (n instanceof Strikethrough) {
                wrap(n, "~~", sb);
            } else if (n instanceof LinkRef ref && !ref.isDefined()) {
                // "[Gemini 3.1 Pro]" parses as a reference link with no target: the brackets are text.
                sb.append(n.getChars().unescape());
            } else if (n instanceof AutoLink || n instanceof MailLink) {
                sb.append(n.getChildChars().unescape());
            } else if (n instanceof Image) {
                appendInline(n, sb);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append('\n');
            } else if (n instanceof HtmlInline html) {
                if (isLineBreakTag(html.getChars().toString())) {
                    sb.append('\n');
                }
            } else if (n.hasChildren()) {
                appendInline(n, sb);
            } else {
                sb.append(n.getChars().unescape());
            }
        }
    }

    private static boolean hasCode(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Code) {
                return true;
            }
        }
        return false;
    }

    private static void wrap(Node n, String marker, StringBuilder sb) {
        sb.append(marker);
        appendInline(n, sb);
        sb.append(marker);
    }

    /** Lines of the input, by node. */
    private record Lines(LineIndex index) {
        Lines(String text) {
            this(LineIndex.of(text));
        }

        int of(Node node) {
            return index.line(node.getStartOffset());
        }

        int count() {
            return index.count();
        }
    }

    private static final String BR = "<br";
    private static final String LINE_ANCHOR = "#L";
    private static final int MAX_ANCHOR_DIGITS = 7;

    /** Where the first digit of an ordered list's marker is, or -1. */
    static int firstDigits(String marker) {
        for (int i = 0; i < marker.length(); i++) {
            if (CharClass.isDigit(marker.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A link to lines of a source file, {@code …/ssh_keys.go#L32} or {@code #L10-L20}, as the HTML page's code headers have. */
    static boolean pointsAtLines(String url) {
        for (int at = url.indexOf(LINE_ANCHOR); at >= 0; at = url.indexOf(LINE_ANCHOR, at + 1)) {
            int from = at + LINE_ANCHOR.length();
            int end = CharClass.skipDigits(url, from);
            if (end == from || end - from > MAX_ANCHOR_DIGITS) {
                continue;
            }
            if (url.startsWith("-", end)) {
                int second = url.startsWith("L", end + 1) ? end + 2 : end + 1;
                int secondEnd = CharClass.skipDigits(url, second);
                if (secondEnd > second && secondEnd - second <= MAX_ANCHOR_DIGITS && CharClass.isInputEnd(url, secondEnd)) {
                    return true;
                }
            }
            if (CharClass.isInputEnd(url, end)) {
                return true;
            }
        }
        return false;
    }

    /** An inline {@code <br>}, {@code <BR/>}, {@code <br />}. */
    static boolean isLineBreakTag(String html) {
        if (!CharClass.matchesAt(html, 0, BR)) {
            return false;
        }
        int i = CharClass.skipSpaces(html, BR.length());
        i = html.startsWith("/", i) ? i + 1 : i;
        return html.startsWith(">", i) && i + 1 == html.length();
    }
}
