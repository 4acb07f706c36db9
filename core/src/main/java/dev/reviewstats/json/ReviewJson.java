package dev.reviewstats.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.DesignObservation;
import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Location;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Resolution;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.model.Source;
import dev.reviewstats.model.TextItem;
import dev.reviewstats.parse.ParseResult;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes reviews as JSON with the documented field names. The mapping is written out by hand so the
 * contract cannot drift with a refactoring of the model. Absent values are {@code null}; empty lists
 * are {@code []}.
 */
public final class ReviewJson {
    private static final ObjectMapper MAPPER = TerminalSafeEscapes.on(new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS));

    private ReviewJson() {
    }

    /** One fixed ISO 8601 form, seconds always: LocalDateTime.toString() drops them when they are zero. */
    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", java.util.Locale.ROOT);

    /**
     * The mapper the JSON form is written with: keys in a fixed order, indented.
     *
     * @return the shared mapper; do not reconfigure it
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A review in the JSON form documented in docs/json.md.
     *
     * @param r the review
     * @return its JSON object
     */
    public static ObjectNode toJson(Review r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", r.id());
        ArrayNode sources = o.putArray("sources");
        for (Source s : r.sources()) {
            com.fasterxml.jackson.databind.node.ObjectNode source = sources.addObject().put("path", s.path()).put("form", s.form().name());
            if (s.commit() != null) {
                source.put("commit", s.commit());
            }
        }
        o.put("date", r.date() == null ? null
                : r.time() == null ? r.date().toString() : r.date().atTime(r.time()).format(DATE_TIME));
        o.put("repository", emptyToNull(r.repository()));
        if (r.pullRequest() == null) {
            o.putNull("pullRequest");
        } else {
            o.putObject("pullRequest").put("number", r.pullRequest().number())
                    .put("title", emptyToNull(r.pullRequest().title()));
        }
        if (r.round() == null) {
            o.putNull("round");
        } else {
            o.putObject("round").put("number", r.round().number()).put("qualifier", emptyToNull(r.round().qualifier()));
        }
        o.put("author", emptyToNull(r.author()));
        o.put("branch", emptyToNull(r.branch()));
        ArrayNode commits = o.putArray("commits");
        r.commits().forEach(c -> commits.addObject().put("sha", c.sha()).put("subject", c.subject()));
        o.put("earlierCommits", r.earlierCommits());
        ArrayNode reviewers = o.putArray("reviewers");
        r.reviewers().forEach(a -> reviewers.add(agent(a)));
        ArrayNode dropped = o.putArray("droppedReviewers");
        r.droppedReviewers().forEach(a -> dropped.add(agent(a)));
        if (r.verdict() == null) {
            o.putNull("verdict");
        } else {
            o.putObject("verdict").put("outcome", r.verdict().outcome().name())
                    .put("rationale", r.verdict().rationale()).put("raw", r.verdict().raw());
        }
        o.put("wallClockSeconds", seconds(r.wallClock()));
        o.put("executiveSummary", r.executiveSummary());
        if (r.statedStructure() == null) {
            o.putNull("statedStructure");
        } else {
            ObjectNode stated = o.putObject("statedStructure");
            stated.set("findings", counts(r.statedStructure().findings()));
            stated.put("designObservations", r.statedStructure().designObservations());
        }
        ArrayNode findings = o.putArray("findings");
        r.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode design = o.putArray("designObservations");
        for (DesignObservation d : r.designObservations()) {
            ObjectNode n = design.addObject();
            n.put("kind", d.kind().name()).put("title", d.title()).put("scope", emptyToNull(d.scope()));
            families(n.putArray("agents"), d.agents());
            n.put("text", d.text());
        }
        texts(o, "testingAssessment", r.testingAssessment());
        texts(o, "documentationAssessment", r.documentationAssessment());
        texts(o, "commitStructure", r.commitStructure());
        texts(o, "acknowledgedLimitations", r.acknowledgedLimitations());
        texts(o, "unresolvedFeedback", r.unresolvedFeedback());
        texts(o, "processNotes", r.processNotes());
        ArrayNode stats = o.putArray("agentStats");
        r.agentStats().forEach(s -> stats.add(stats(s)));
        ArrayNode changes = o.putArray("judgements");
        r.judgements().forEach(c -> changes.add(change(c)));
        o.set("resolution", r.resolution() == null ? null : resolution(r.resolution()));
        ArrayNode originals = o.putArray("originalReviews");
        for (OriginalReview or : r.originalReviews()) {
            ObjectNode n = originals.addObject();
            n.put("agent", or.agent().family());
            n.set("agentDetail", agent(or.agent()));
            n.put("pass", or.pass());
            n.put("itemised", or.itemised());
            ArrayNode fs = n.putArray("findings");
            or.findings().forEach(f -> fs.add(finding(f)));
        }
        ArrayNode ledger = o.putArray("ledger");
        r.ledger().forEach(e -> ledger.add(ledgerEntry(e)));
        o.set("reading", reading(r.reading()));
        ObjectNode sections = o.putObject("sections");
        r.sections().forEach((k, v) -> sections.put(camel(k.name()), v.name()));
        ArrayNode diagnostics = o.putArray("diagnostics");
        r.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        return o;
    }

    /**
     * An input that gave no review, in the JSON form.
     *
     * @param s the skipped input
     * @return its JSON object
     */
    public static ObjectNode skipped(ParseResult.Skipped s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("path", s.path()).put("reason", s.reason().name()).put("detail", s.detail());
        return n;
    }

    /**
     * A diagnostic in the JSON form.
     *
     * @param d the diagnostic
     * @return its JSON object
     */
    public static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", d.code().id()).put("severity", d.level().name()).put("message", d.message()).put("line", d.line());
        return n;
    }

    private static ObjectNode agent(Agent a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("family", a.family()).put("model", emptyToNull(a.model())).put("effort", emptyToNull(a.effort()));
        return n;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", f.id()).put("severity", f.severity().name()).put("title", f.title());
        families(n.putArray("agents"), f.agents());
        ArrayNode models = n.putArray("agentModels");
        f.agents().forEach(a -> models.add(a.displayName()));
        ArrayNode locs = n.putArray("locations");
        for (Location l : f.locations()) {
            ObjectNode ln = locs.addObject().put("path", l.path());
            if (l.hasLines()) {
                ln.put("startLine", l.startLine()).put("endLine", l.endLine());
            } else {
                ln.putNull("startLine").putNull("endLine");
            }
        }
        ArrayNode tags = n.putArray("tags");
        f.tags().forEach(tags::add);
        ArrayNode rounds = n.putArray("earlierRounds");
        f.earlierRounds().forEach(rounds::add);
        ArrayNode carried = n.putArray("carriedOver");
        f.carriedOver().forEach(carried::add);
        n.put("withdrawn", f.withdrawn());
        n.put("fix", f.fix());
        n.put("body", f.body());
        n.put("line", f.line());
        return n;
    }

    private static void families(ArrayNode into, List<Agent> agents) {
        agents.forEach(a -> into.add(a.family()));
    }

    private static void texts(ObjectNode o, String name, List<TextItem> items) {
        ArrayNode a = o.putArray(name);
        for (TextItem t : items) {
            a.addObject().put("title", emptyToNull(t.title())).put("text", t.text());
        }
    }

    private static ObjectNode stats(AgentStats s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("agent", agent(s.agent()));
        n.put("durationSeconds", seconds(s.duration()));
        n.set("findings", counts(s.findings()));
        if (s.toolCalls() == null) {
            n.putNull("toolCalls");
            n.putNull("toolCallsByTool");
        } else {
            n.put("toolCalls", s.toolCalls().total());
            ObjectNode per = n.putObject("toolCallsByTool");
            s.toolCalls().perTool().forEach(per::put);
        }
        n.put("designObservations", s.designObservations());
        n.put("falsePositives", s.falsePositives());
        n.put("severityMisjudgements", s.severityMisjudgements());
        n.put("uniqueInsights", s.uniqueInsights());
        n.put("filesReviewed", s.filesReviewed());
        n.put("coverageMisses", s.coverageMisses());
        n.set("totals", counts(s.totals()));
        if (s.downgraded() == null) {
            n.putNull("downgraded");
            n.putNull("downgradeTransitions");
        } else {
            n.put("downgraded", s.downgraded().count());
            ArrayNode t = n.putArray("downgradeTransitions");
            s.downgraded().transitions().forEach(t::add);
        }
        n.put("dropped", s.dropped());
        ObjectNode cells = n.putObject("cells");
        for (Map.Entry<String, String> e : s.cells().entrySet()) {
            cells.put(e.getKey(), e.getValue());
        }
        return n;
    }

    private static ObjectNode counts(SeverityCounts c) {
        if (c == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("critical", c.critical()).put("important", c.important()).put("suggestion", c.suggestion());
        return n;
    }

    private static ObjectNode change(Judgement c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("agent", c.agent().family());
        n.put("originalId", emptyToNull(c.originalId()));
        n.put("originalTitle", emptyToNull(c.originalTitle()));
        n.put("from", c.from() == null ? null : c.from().name());
        n.put("to", c.to() == null ? null : c.to().name());
        n.put("finalId", emptyToNull(c.finalId()));
        n.put("outcome", c.outcome().name());
        n.put("reason", c.reason());
        n.put("source", c.source().name());
        n.put("line", c.line());
        n.put("pass", c.pass() == 0 ? null : Integer.valueOf(c.pass()));
        return n;
    }

    private static ObjectNode ledgerEntry(dev.reviewstats.model.LedgerEntry e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("agent", e.agent().family());
        n.set("agentDetail", agent(e.agent()));
        n.put("pass", e.pass());
        n.put("originalId", emptyToNull(e.originalId()));
        n.put("severity", e.severity() == null ? null : e.severity().name());
        n.put("title", e.title());
        n.put("line", e.line());
        n.put("fate", e.fate().name());
        n.put("finalId", emptyToNull(e.finalId()));
        n.put("finalSeverity", e.finalSeverity() == null ? null : e.finalSeverity().name());
        n.put("link", e.link().name());
        if (e.link() == dev.reviewstats.model.Link.MATCHED) {
            n.put("score", Math.round(e.score() * 100) / 100.0);
        } else {
            n.putNull("score");
        }
        n.put("evidence", e.evidence() == null ? null : e.evidence().name());
        n.put("evidenceLine", e.evidenceLine());
        n.put("reason", e.reason());
        return n;
    }

    private static ObjectNode reading(dev.reviewstats.model.ReadingSummary s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("sectionsRecognised", s.sectionsRecognised());
        n.put("statementsPlaced", s.statementsPlaced());
        n.put("linkedByStatement", s.linkedByStatement());
        n.put("linkedByMatch", s.linkedByMatch());
        n.put("unlinked", s.unlinked());
        ObjectNode unread = n.putObject("unread");
        s.unread().forEach((code, count) -> unread.put(code.id(), count));
        return n;
    }

    private static ObjectNode resolution(Resolution r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("addressed", r.addressed() == null ? null : r.addressed().toString());
        n.put("commit", emptyToNull(r.commit()));
        ArrayNode items = n.putArray("items");
        for (ResolutionItem i : r.items()) {
            items.addObject().put("number", i.number()).put("finding", i.findingRef())
                    .put("findingId", emptyToNull(i.findingId())).put("action", i.action().name())
                    .put("actionRaw", i.actionRaw());
        }
        return n;
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.getSeconds();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String camel(String enumName) {
        String[] parts = enumName.toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }
}
