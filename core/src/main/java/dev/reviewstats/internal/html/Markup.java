package dev.reviewstats.internal.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The tags and classes whose meaning the HTML front end relies on, in one place. */
final class Markup {
    static final String FINDING_TITLE = "finding-title";
    static final String FINDING_NUM = "finding-num";
    /** Agent attributions are "pill" spans in later pages and "badge" spans in early ones. */
    static final Set<String> PILLS = Set.of("pill", "badge");
    /** Selectors parsed once: jsoup parses a query string again at every call. */
    static final Evaluator PILL = QueryParser.parse("." + String.join(", .", PILLS));
    static final Evaluator PILL_OR_NUMBER = QueryParser.parse("." + String.join(", .", PILLS) + ", ." + FINDING_NUM);
    static final Evaluator NUMBER = QueryParser.parse("." + FINDING_NUM);
    static final Evaluator CODE = QueryParser.parse("code");
    static final Evaluator LINK = QueryParser.parse("a");
    static final Evaluator ROW = QueryParser.parse("tr");
    static final Evaluator TABLE = QueryParser.parse("table");
    static final Evaluator MAIN = QueryParser.parse("main");
    static final Evaluator META_TABLE = QueryParser.parse("table.meta-table");
    static final Set<String> FINDING_CARDS = Set.of("card-critical", "card-important", "card-suggestion");
    static final String FIX_LABEL = "fix-label";
    static final String PILCROW = "pilcrow";
    static final String VERDICT = "verdict";
    static final Set<String> CODE_HEADERS = Set.of("code-file-header", "file-header");
    static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "head", "hr", "summary", "nav",
            "footer", "template", "noscript", "svg", "button", "input", "select");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "pre", "table", "h1", "h2", "h3", "h4",
            "h5", "h6", "section", "article", "details", "blockquote", "main", "header", "hr", "figure", "dl",
            "summary", "script", "style", "nav", "footer", "aside", "body");

    private Markup() {
    }

    /** Asks jsoup per class: {@code classNames()} would build a set for every element of the page. */
    static boolean hasAnyClass(Element e, Set<String> classes) {
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

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** A finding card's title: the tool's title div, or a heading at the top of a finding card in early pages. */
    static boolean isFindingTitle(Element e) {
        if (e.hasClass(FINDING_TITLE)) {
            return true;
        }
        Element parent = e.parent();
        return HEADINGS.contains(e.normalName()) && parent != null && hasAnyClass(parent, FINDING_CARDS);
    }
}
