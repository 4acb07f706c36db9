package dev.reviewstats.internal.html;

import dev.reviewstats.internal.template.Vocabulary;
import static dev.reviewstats.internal.html.Markup.CODE_HEADERS;
import static dev.reviewstats.internal.html.Markup.FINDING_NUM;
import static dev.reviewstats.internal.html.Markup.PILLS;
import static dev.reviewstats.internal.html.Markup.CODE;
import static dev.reviewstats.internal.html.Markup.LINK;
import static dev.reviewstats.internal.html.Markup.NUMBER;
import static dev.reviewstats.internal.html.Markup.PILL;
import static dev.reviewstats.internal.html.Markup.PILL_OR_NUMBER;
import static dev.reviewstats.internal.html.Markup.hasAnyClass;
import static dev.reviewstats.internal.html.Markup.isFindingTitle;

import dev.reviewstats.internal.outline.FindingHeadBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Reads a finding card's head: the number span, the title, the agent pills, the attribution line
 * some pages put under the title, and the code-file headers of the card. Stateless.
 */
final class FindingCards {
    /** The lines a code-file header's link points at: {@code #L448-L473}. */
    private static final Pattern LINE_FRAGMENT = Pattern.compile("#L(?<start>\\d+)(?:-L(?<end>\\d+))?$");
    /** What is left of an attribution line before its tags once pills and code are taken out. */
    private static final Pattern LEADING_COMMA = Pattern.compile("^,\\s*");

    /** Dashes, commas and spaces, which an attribution line may hold besides pills, code and tags. */
    private static final Pattern SEPARATORS = Pattern.compile("[—–,\\s]");
    /** Tags after a dash: {@code — important, regression}. */
    private static final Pattern TRAILING_TAG = Pattern.compile("^[—–-]\\s*(?<tags>[a-z][a-z ,\\-]*)$");
    /** A number early pages write inside the title: {@code I1. Title}, {@code 2. Title}. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?<number>(?:[CIS])?" + Vocabulary.FINDING_NUMBER + "\\.)\\s+");
    /** Code that is a location with lines: {@code proxy/retry.go:31-44}. */
    private static final Pattern CODE_LOCATION = Pattern.compile("^[\\w@.~/\\-]+\\.[A-Za-z0-9]{1,6}:\\d+(?:\\s*[-–]\\s*\\d+)?$");
    /** A title's anchor that is a finding id. */
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("^[CIS]" + Vocabulary.FINDING_NUMBER + "$");
    /** An emphasised parenthesised note ending a title: {@code *(deferred to upstream)*}. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s+\\*\\((?<note>[^()]{1,80})\\)\\*$");
    /** What an attribution line may hold besides locations, pills and tags, in characters. */
    private static final int MAX_ATTRIBUTION_TEXT = 40;
    private static final String UNTITLED = "(untitled)";

    private FindingCards() {
    }

    /**
     * The head of the finding whose title is {@code siblings[index]}.
     *
     * @param consumed told of an element the head took in, which the walk must not read again
     */
    static FindingHeadBlock head(Element title, List<Node> siblings, int index, int line, Consumer<Element> consumed) {
        String num = "";
        List<String> agents = new ArrayList<>();
        InlineBuffer text = new InlineBuffer();
        boolean nested = title.select(PILL_OR_NUMBER).stream().anyMatch(e -> e.parent() != title);
        // Pills and the number are taken wherever they sit in the title; what is left is the title's text.
        Element own = nested ? title.clone() : title;
        for (Element e : own.select(NUMBER)) {
            num = num.isEmpty() ? e.text().strip() : num;
            if (nested) {
                e.remove();
            }
        }
        for (Element e : own.select(PILL)) {
            agents.add(e.text().strip());
            if (nested) {
                e.remove();
            }
        }
        for (Node c : own.childNodes()) {
            boolean taken = c instanceof Element ce && (ce.hasClass(FINDING_NUM) || hasAnyClass(ce, PILLS));
            if (!taken) {
                HtmlInline.append(c, text);
            }
        }
        if (num.isEmpty() && ID_ATTRIBUTE.matcher(title.id()).matches()) {
            // A later page may drop the number span and keep the anchor: <div class="finding-title" id="I1">.
            num = title.id();
        }
        List<String> locations = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Element attribution = attributionLine(title);
        if (attribution != null) {
            // "<p>`path:34` [pills] — important, regression</p>" right after the title.
            consumed.accept(attribution);
            InlineBuffer rest = new InlineBuffer();
            for (Node c : attribution.childNodes()) {
                if (c instanceof Element ce && hasAnyClass(ce, PILLS)) {
                    agents.add(ce.text().strip());
                } else if (c instanceof Element ce && (ce.normalName().equals("code") || ce.selectFirst(CODE) != null)) {
                    String code = (ce.normalName().equals("code") ? ce : ce.selectFirst(CODE)).text().strip();
                    if (!locations.contains(code)) {
                        locations.add(code);
                    }
                } else {
                    HtmlInline.append(c, rest);
                }
            }
            Matcher tag = TRAILING_TAG.matcher(LEADING_COMMA.matcher(rest.toString().replace(",", ", ").strip()).replaceAll(""));
            if (tag.matches()) {
                tags = tagList(tag.group("tags"));
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
        String[] lines = text.finish().split("\n", 2);
        String t = lines[0].strip();
        if (lines.length > 1) {
            // "Title<br>[pills] — regression": the second line carries the tags.
            Matcher tag = TRAILING_TAG.matcher(lines[1].strip());
            if (tag.matches()) {
                tags = tagList(tag.group("tags"));
            } else if (!lines[1].isBlank()) {
                t = t + " " + lines[1].strip();
            }
        }
        Matcher leadingNum = LEADING_NUMBER.matcher(t);
        if (num.isEmpty() && leadingNum.find()) {
            num = leadingNum.group("number");
            t = t.substring(leadingNum.end());
        }
        Matcher note = TRAILING_NOTE.matcher(t);
        if (note.find()) {
            // "Title <em>(deferred to upstream)</em>": a note on the finding, as Markdown writes it after the title.
            tags = new ArrayList<>(tags);
            tags.addAll(tagList(note.group("note")));
            t = t.substring(0, note.start());
        }
        return new FindingHeadBlock(num, t.isEmpty() ? UNTITLED : t, locations, agents, tags, false, "", line);
    }

    private static List<String> tagList(String written) {
        return FindingHeadBlock.tagsOf(written);
    }

    /** {@code path:lines} from a code-file header and the highlighted lines of the excerpt after it. */
    private static Optional<String> location(Element header, List<Node> siblings, int index) {
        Element a = header.selectFirst(LINK);
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
                lines = m.group("end") == null ? m.group("start") : m.group("start") + "-" + m.group("end");
            }
        }
        return Optional.of(lines.isEmpty() ? path : path + ":" + lines);
    }

    /**
     * The paragraph (or div) some pages put right after a finding title, holding only its location, agent pills
     * and tags; {@code null} when the next element is anything else.
     */
    private static Element attributionLine(Element title) {
        Element next = title.nextElementSibling();
        boolean line = next != null && (next.normalName().equals("p") || next.normalName().equals("div"));
        if (!line || isFindingTitle(next) || hasAnyClass(next, CODE_HEADERS)) {
            return null;
        }
        boolean pills = !next.select(PILL).isEmpty();
        Element copy = next.clone();
        copy.select(PILL).remove();
        List<String> codes = copy.select(CODE).eachText();
        copy.select(CODE).remove();
        String rest = copy.text().strip();
        if (pills) {
            return SEPARATORS.matcher(rest).replaceAll("").length() <= MAX_ATTRIBUTION_TEXT ? next : null;
        }
        // Without pills only a line of locations and tags is one ("`retry.go:31` — important, regression"):
        // a short body sentence with code in it must stay the body.
        boolean locationsOnly = !codes.isEmpty() && codes.stream().allMatch(c -> CODE_LOCATION.matcher(c.strip()).matches());
        boolean tagsOnly = rest.isEmpty() || TRAILING_TAG.matcher(LEADING_COMMA.matcher(rest.replace(",", ", ")).replaceAll("")).matches();
        return locationsOnly && tagsOnly ? next : null;
    }
}
