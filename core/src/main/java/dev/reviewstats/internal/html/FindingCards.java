package dev.reviewstats.internal.html;

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

import static dev.reviewstats.internal.outline.CharClass.isInputEnd;
import static dev.reviewstats.internal.outline.CharClass.isLetterOrDigit;
import static dev.reviewstats.internal.outline.CharClass.isSpace;
import static dev.reviewstats.internal.outline.CharClass.isWord;
import static dev.reviewstats.internal.outline.CharClass.skipDigits;
import static dev.reviewstats.internal.outline.CharClass.skipSpaces;

import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.internal.template.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Reads a finding card's head: the number span, the title, the agent pills, the attribution line
 * some pages put under the title, and the code-file headers of the card. Stateless.
 */
final class FindingCards {
    /** Where a code-file header's link says its lines are: {@code #L448-L473}. */
    private static final String LINE_FRAGMENT = "#L";
    private static final String LINE_FRAGMENT_END = "-L";
    /** An emphasised note ending a title, {@code *(deferred to upstream)*}, holds at most this many characters. */
    private static final int MAX_NOTE = 80;
    private static final int MAX_EXTENSION = 6;
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
        if (num.isEmpty() && isFindingId(title.id())) {
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
            String written = trailingTags(withoutLeadingComma(rest.toString().replace(",", ", ").strip()));
            if (written != null) {
                tags = tagList(written);
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
            String written = trailingTags(lines[1].strip());
            if (written != null) {
                tags = tagList(written);
            } else if (!lines[1].isBlank()) {
                t = t + " " + lines[1].strip();
            }
        }
        int numberEnd = num.isEmpty() ? leadingNumber(t) : -1;
        if (numberEnd > 0) {
            num = t.substring(0, t.indexOf('.') + 1);
            t = t.substring(numberEnd);
        }
        int[] note = trailingNote(t);
        if (note != null) {
            // "Title <em>(deferred to upstream)</em>": a note on the finding, as Markdown writes it after the title.
            tags = new ArrayList<>(tags);
            tags.addAll(tagList(t.substring(note[1], note[2])));
            t = t.substring(0, note[0]);
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
            lines = lineFragment(a.attr("href"));
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
            return textBesideSeparators(rest) <= MAX_ATTRIBUTION_TEXT ? next : null;
        }
        // Without pills only a line of locations and tags is one ("`retry.go:31` — important, regression"):
        // a short body sentence with code in it must stay the body.
        boolean locationsOnly = !codes.isEmpty() && codes.stream().allMatch(c -> isFileWithLines(c.strip()));
        boolean tagsOnly = rest.isEmpty() || trailingTags(withoutLeadingComma(rest.replace(",", ", "))) != null;
        return locationsOnly && tagsOnly ? next : null;
    }

    /** A title's anchor that is a finding id: {@code I1}. */
    static boolean isFindingId(String s) {
        int digits = skipDigits(s, 1);
        return !s.isEmpty() && Vocabulary.isSeverityLetter(s.charAt(0)) && digits == s.length() && digits - 1 <= Vocabulary.FINDING_NUMBER_DIGITS
                && digits > 1;
    }

    /** A number early pages write inside the title, {@code I1. Title}, {@code 2. Title}: where the title starts after it, or -1. */
    static int leadingNumber(String t) {
        int from = !t.isEmpty() && Vocabulary.isSeverityLetter(t.charAt(0)) ? 1 : 0;
        int digits = skipDigits(t, from);
        if (digits == from || digits - from > Vocabulary.FINDING_NUMBER_DIGITS || digits >= t.length() || t.charAt(digits) != '.') {
            return -1;
        }
        int end = skipSpaces(t, digits + 1);
        return end > digits + 1 ? end : -1;
    }

    /** What an attribution line's rest holds once a leading comma and the spaces after it are gone. */
    static String withoutLeadingComma(String s) {
        return s.startsWith(",") ? s.substring(skipSpaces(s, 1)) : s;
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '–' || c == '-';
    }

    /** The tags of {@code — important, regression}: small letters, spaces, commas and hyphens after a dash; or null. */
    static String trailingTags(String s) {
        if (s.isEmpty() || !isDash(s.charAt(0))) {
            return null;
        }
        int from = skipSpaces(s, 1);
        if (from >= s.length() || s.charAt(from) < 'a' || s.charAt(from) > 'z') {
            return null;
        }
        int end = from + 1;
        while (end < s.length() && isTagChar(s.charAt(end))) {
            end++;
        }
        return end == s.length() ? s.substring(from) : null;
    }

    private static boolean isTagChar(char c) {
        return (c >= 'a' && c <= 'z') || c == ' ' || c == ',' || c == '-';
    }

    /** How many characters of an attribution line are not dashes, commas or spaces. */
    static int textBesideSeparators(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '—' || c == '–' || c == ',' || isSpace(c))) {
                n++;
            }
        }
        return n;
    }

    /** Code that is a location with lines: {@code proxy/retry.go:31-44}. */
    static boolean isFileWithLines(String s) {
        int colon = s.indexOf(':');
        if (colon < 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = s.charAt(i);
            if (!(isWord(c) || c == '@' || c == '.' || c == '~' || c == '/' || c == '-')) {
                return false;
            }
        }
        int dot = s.lastIndexOf('.', colon - 1);
        if (dot < 1 || colon - dot - 1 < 1 || colon - dot - 1 > MAX_EXTENSION) {
            return false;
        }
        for (int i = dot + 1; i < colon; i++) {
            if (!isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        int end = skipDigits(s, colon + 1);
        if (end == colon + 1) {
            return false;
        }
        int dash = skipSpaces(s, end);
        if (dash < s.length() && (s.charAt(dash) == '-' || s.charAt(dash) == '–')) {
            int second = skipSpaces(s, dash + 1);
            int secondEnd = skipDigits(s, second);
            if (secondEnd > second) {
                end = secondEnd;
            }
        }
        return end == s.length();
    }

    /**
     * An emphasised parenthesised note that ends a title, {@code Title *(deferred to upstream)*}: where
     * the spaces before it start and where its text starts and ends; null when the title ends otherwise.
     */
    static int[] trailingNote(String t) {
        int[] best = null;
        for (int end = t.length(); end >= t.length() - 2 && end >= 0; end--) {
            if (!isInputEnd(t, end) || end < 2 || !t.startsWith(")*", end - 2)) {
                continue;
            }
            int close = end - 2;
            int open = close - 1;
            while (open >= 0 && t.charAt(open) != '(' && t.charAt(open) != ')') {
                open--;
            }
            if (open < 2 || t.charAt(open) != '(' || close - open - 1 < 1 || close - open - 1 > MAX_NOTE
                    || t.charAt(open - 1) != '*' || !isSpace(t.charAt(open - 2))) {
                continue;
            }
            int spaces = open - 2;
            while (spaces > 0 && isSpace(t.charAt(spaces - 1))) {
                spaces--;
            }
            if (best == null || spaces < best[0]) {
                best = new int[] {spaces, open + 1, close};
            }
        }
        return best;
    }

    /** The lines of {@code …#L448-L473} or {@code …#L12} at the end of a link, as {@code 448-473}; {@code ""} when none. */
    static String lineFragment(String href) {
        for (int at = href.indexOf(LINE_FRAGMENT); at >= 0; at = href.indexOf(LINE_FRAGMENT, at + 1)) {
            int start = at + LINE_FRAGMENT.length();
            int startEnd = skipDigits(href, start);
            if (startEnd == start) {
                continue;
            }
            if (href.startsWith(LINE_FRAGMENT_END, startEnd)) {
                int second = startEnd + LINE_FRAGMENT_END.length();
                int secondEnd = skipDigits(href, second);
                if (secondEnd > second && isInputEnd(href, secondEnd)) {
                    return href.substring(start, startEnd) + "-" + href.substring(second, secondEnd);
                }
            }
            if (isInputEnd(href, startEnd)) {
                return href.substring(start, startEnd);
            }
        }
        return "";
    }
}
