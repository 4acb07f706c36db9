package dev.reviewstats.internal.html;

import dev.reviewstats.internal.outline.FrontEndContract;
import java.util.List;
import java.util.regex.Pattern;

/** The HTML front end holds the front-end contract; tags written with a space before their end are the equivalent input. */
class HtmlFrontEndTest extends FrontEndContract {
    private static final Pattern PLAIN_TAG = Pattern.compile("<(p|li|td|th|tr|ul|ol|table|h[1-6]|main|div)>");

    HtmlFrontEndTest() {
        super(new HtmlFrontEnd(), ".html");
    }

    @Override
    protected List<String> typicalLines() {
        return List.of("<h1>Deep Review: 20260415-184215-pr-77</h1>", "<table class=\"meta-table\">",
                "<tr><td>Date</td><td>2026-04-15 18:42</td></tr>", "</table>", "<h2>Important Issues</h2>",
                "<div class=\"card card-important\">", "</div>",
                "<div class=\"finding-title\"><span class=\"finding-num\">I1.</span> Title <span class=\"pill\">Codex</span></div>",
                "<div class=\"code-file-header\"><a href=\"https://x/a.go#L1-L5\">a.go</a></div>", "<pre data-line=\"2-3\"><code>x</code></pre>",
                "<p><code>a.go:3</code> <span class=\"pill\">Gemini</span> — suggestion, gap</p>", "<p class=\"fix-label\">Fix</p>",
                "<p>Fix: cap it.</p>", "<ul><li><strong>Concern (future)</strong>: text</li>", "</ul>", "<p>None.</p>",
                "<a href=\"20260101-000000-pr-1.html\">r</a>", "<del>Gemini</del>", "<br>— important, regression");
    }

    @Override
    protected String equivalent(String input) {
        return PLAIN_TAG.matcher(input).replaceAll("<$1 >");
    }
}
