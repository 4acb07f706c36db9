package dev.reviewstats.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.ReviewParser;
import dev.reviewstats.samples.render.FlattenedRenderer;
import dev.reviewstats.samples.render.Form;
import dev.reviewstats.samples.render.Form.Loss;
import dev.reviewstats.samples.render.HtmlRenderer;
import dev.reviewstats.samples.render.MarkdownRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * parse(render(review, form)) gives back the review, except for what the form is documented to lose
 * ({@link Form#losses()}) and the summary-table rows whose glued cells the flattened reader reported
 * as ambiguous (RS801).
 */
class RoundTripProperties {
    private static final ReviewParser PARSER = ReviewParser.create();

    @Property(tries = 1000)
    void markdown(@ForAll long seed) {
        roundTrip(seed, Form.MARKDOWN);
    }

    @Property(tries = 1000)
    void html(@ForAll long seed) {
        roundTrip(seed, Form.HTML);
    }

    @Property(tries = 1000)
    void flattenedGlued(@ForAll long seed) {
        roundTrip(seed, Form.FLATTENED_GLUED);
    }

    @Property(tries = 1000)
    void flattenedPipes(@ForAll long seed) {
        roundTrip(seed, Form.FLATTENED_PIPES);
    }

    /** Shrunk counterexamples the properties found, kept as fixed regression examples. */
    @Example
    void singleAgentGluedRetroTable() {
        roundTrip(-441L, Form.FLATTENED_GLUED);
    }

    @Example
    void resolutionPipeTablesWithoutBlankLinesBetweenThem() {
        roundTrip(2L, Form.FLATTENED_PIPES);
    }

    @Example
    void designObservationsAndItemsThatLostTheirBoldLead() {
        roundTrip(0L, Form.FLATTENED_GLUED);
        roundTrip(0L, Form.FLATTENED_PIPES);
    }

    @Example
    void findingTagsInHtmlTitles() {
        roundTrip(-2469L, Form.HTML);
    }

    static void roundTrip(long seed, Form form) {
        Review original = ReviewGenerator.one(seed);
        String text = switch (form) {
            case MARKDOWN -> new MarkdownRenderer().render(original);
            case HTML -> new HtmlRenderer().render(original);
            default -> new FlattenedRenderer().render(original, form);
        };
        ParseResult r = PARSER.parse(original.id() + form.extension(), text);
        assertThat(r).as("seed %d in %s", seed, form).isInstanceOf(ParseResult.Parsed.class);
        Review parsed = ((ParseResult.Parsed) r).review();
        Set<String> ambiguousRows = parsed.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.FLATTENED_SPLIT_AMBIGUOUS)
                .map(d -> d.message().replaceFirst("^summary-table row '([^']*)'.*$", "$1").toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        Map<String, Object> expected = project(original, form, ambiguousRows);
        Map<String, Object> actual = project(parsed, form, ambiguousRows);
        for (String key : expected.keySet()) {
            assertThat(actual.get(key)).as("seed %d in %s: %s", seed, form, key).isEqualTo(expected.get(key));
        }
    }

    /** The values a form must carry, less its documented losses. */
    static Map<String, Object> project(Review r, Form form, Set<String> ambiguousRows) {
        List<Loss> losses = form.losses();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("date", r.date());
        m.put("time", r.time());
        m.put("repository", r.repository());
        m.put("pullRequest", r.pullRequest());
        m.put("round", r.round());
        m.put("author", r.author());
        m.put("branch", r.branch());
        m.put("commits", r.commits());
        m.put("earlierCommits", r.earlierCommits());
        m.put("reviewers", r.reviewers().stream().map(a -> a.displayName() + "/" + a.effort()).toList());
        m.put("verdict", r.verdict() == null ? null : r.verdict().outcome() + " " + r.verdict().rationale());
        m.put("wallClock", r.wallClock());
        m.put("executiveSummary", r.executiveSummary());
        List<String> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            findings.add(f.id() + " " + f.severity() + " " + f.title() + " " + agents(f.agents()) + " " + (losses.contains(Loss.TAGS) ? "" : f.tags()) + " fix=" + f.fix()
                    + (losses.contains(Loss.LOCATIONS) ? "" : " " + f.locations()));
        }
        m.put("findings", findings);
        m.put("designObservations", r.designObservations().stream().map(o -> o.kind() + " " + o.title() + " " + o.scope()
                + " " + agents(o.agents())).toList());
        boolean titles = !losses.contains(Loss.ITEM_TITLES);
        m.put("testingAssessment", r.testingAssessment().stream().map(t -> titles ? t.title() : "item").toList());
        m.put("acknowledgedLimitations", r.acknowledgedLimitations().stream().map(t -> titles ? t.title() : "item").toList());
        List<String> stats = new ArrayList<>();
        for (AgentStats s : r.agentStats()) {
            Map<String, Object> cells = new LinkedHashMap<>();
            cells.put("duration", s.duration());
            cells.put("findings", s.findings());
            cells.put("tool calls", losses.contains(Loss.TOOL_NAMES) || s.toolCalls() == null ? s.toolCalls() == null ? null
                    : s.toolCalls().total() : s.toolCalls());
            cells.put("design observations", s.designObservations());
            cells.put("false positives", s.falsePositives());
            cells.put("unique insights", s.uniqueInsights());
            cells.put("files reviewed", s.filesReviewed());
            cells.put("coverage misses", s.coverageMisses());
            cells.put("totals", s.totals());
            cells.put("downgraded", s.downgraded());
            cells.put("dropped", s.dropped());
            ambiguousRows.forEach(cells::remove);
            stats.add(s.agent().displayName() + " " + cells);
        }
        m.put("agentStats", stats);
        m.put("judgements", r.judgements().stream().map(c -> c.agent().displayName() + " " + c.originalId() + " "
                + c.from() + "→" + c.to() + " " + c.finalId() + " " + c.outcome()).toList());
        m.put("resolution", r.resolution() == null ? null : r.resolution().addressed() + " " + r.resolution().commit() + " "
                + r.resolution().items().stream().map(i -> i.number() + ":" + i.findingId() + ":" + i.action() + ":" + i.actionRaw())
                        .toList());
        if (!losses.contains(Loss.APPENDIX)) {
            List<String> originals = new ArrayList<>();
            for (OriginalReview o : r.originalReviews()) {
                originals.add(o.agent().displayName() + " pass " + o.pass() + " " + o.findings().stream()
                        .map(f -> f.id() + " " + f.severity() + " " + f.title()).toList());
            }
            m.put("originalReviews", originals);
        }
        return m;
    }

    private static String agents(List<Agent> agents) {
        return agents.stream().map(Agent::displayName).toList().toString();
    }
}
