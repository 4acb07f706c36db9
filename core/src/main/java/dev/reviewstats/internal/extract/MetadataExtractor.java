package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.internal.template.Region;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.Lead;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.internal.template.MetadataField;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Commit;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Outcome;
import dev.reviewstats.model.PullRequest;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Round;
import dev.reviewstats.model.SectionKind;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.Verdict;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the two-column metadata table (Date, Repo, Round, …, Verdict, Wall-clock time). */
final class MetadataExtractor {
    private MetadataExtractor() {
    }

    /** Finds the metadata table among the leading parts: the first table labelled with known fields. */
    static Optional<TableBlock> findTable(List<Part> parts) {
        for (Part p : parts) {
            if (p.region() != Region.TITLE && p.region() != Region.METADATA && p.region() != Region.WRAPPER) {
                continue;
            }
            for (Block b : p.blocks()) {
                if (b instanceof TableBlock t && labels(t).keySet().stream().filter(MetadataExtractor::isKnown).count() >= 2) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Integer> labels(TableBlock t) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            if (row.size() >= 2) {
                out.putIfAbsent(Inline.plain(row.get(0)).toLowerCase(Locale.ROOT), i);
            }
        }
        if (t.header().size() >= 2 && !t.header().get(0).isBlank()) {
            out.putIfAbsent(Inline.plain(t.header().get(0)).toLowerCase(Locale.ROOT), -1);
        }
        return out;
    }

    /**
     * Metadata written as "Label: value" lines under the title, as the earliest template does, when at
     * least two of the labels are known; "Target:" names the PR or the branch.
     */
    private static boolean labelLines(List<Part> parts, Map<String, String> values, Map<String, Integer> lines) {
        for (Part p : parts) {
            if (p.region() != Region.TITLE && p.region() != Region.METADATA && p.region() != Region.WRAPPER) {
                continue;
            }
            for (Block b : p.blocks()) {
                if (!(b instanceof Paragraph para)) {
                    continue;
                }
                Map<String, String> found = new LinkedHashMap<>();
                Map<String, Integer> at = new LinkedHashMap<>();
                String[] rows = para.text().split("\n");
                for (int i = 0; i < rows.length; i++) {
                    String[] m = MetadataValues.labelLine(rows[i]);
                    if (m != null) {
                        String label = m[0].strip().toLowerCase(Locale.ROOT);
                        String value = m[1].strip();
                        if (label.equals("target")) {
                            String pr = MetadataValues.targetPullRequest(value);
                            String branch = pr == null ? MetadataValues.targetBranch(value) : null;
                            if (pr != null) {
                                label = key(MetadataField.PR);
                                value = "#" + pr;
                            } else if (branch != null) {
                                label = key(MetadataField.BRANCH);
                                value = branch;
                            }
                        }
                        found.putIfAbsent(label, value);
                        at.putIfAbsent(label, para.line() + i);
                    }
                }
                if (found.keySet().stream().filter(MetadataExtractor::isKnown).count() >= 2) {
                    values.putAll(found);
                    lines.putAll(at);
                    return true;
                }
            }
        }
        return false;
    }

    static void extract(List<Part> parts, String fileId, ParseContext ctx, Review.Builder review) {
        Optional<TableBlock> table = findTable(parts);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (table.isEmpty() && labelLines(parts, values, lines)) {
            review.section(SectionKind.METADATA, SectionState.PRESENT);
        }
        if (table.isPresent()) {
            TableBlock t = table.get();
            review.section(SectionKind.METADATA, SectionState.PRESENT);
            Map<String, Integer> labels = labels(t);
            labels.forEach((label, row) -> {
                List<String> cells = row < 0 ? t.header() : t.rows().get(row);
                values.put(label, String.join(" ", cells.subList(1, cells.size())).strip());
                lines.put(label, row < 0 ? t.line() : t.rowLine(row));
            });
            for (String label : labels.keySet()) {
                if (!isKnown(label)) {
                    ctx.report(DiagnosticCode.SECTION_UNKNOWN, "metadata row '" + label + "' is not part of the model: "
                            + Inline.plain(values.get(label)), lines.get(label));
                }
            }
        }
        int tableLine = table.map(TableBlock::line).orElse(0);
        Fields f = new Fields(values, lines);
        dateTime(f.value(MetadataField.DATE), f.line(MetadataField.DATE, tableLine), fileId, ctx, review);
        String repo = f.value(MetadataField.REPO);
        if (repo != null) {
            review.repository(Inline.plain(repo));
        } else {
            repositoryFromLinks(ctx, review, f.line(MetadataField.PR, tableLine));
        }
        round(f.value(MetadataField.ROUND), f.line(MetadataField.ROUND, 0), ctx, review);
        if (f.value(MetadataField.AUTHOR) != null) {
            review.author(stripAt(Inline.plain(f.value(MetadataField.AUTHOR))));
        }
        pullRequest(f.value(MetadataField.PR), f.line(MetadataField.PR, 0), fileId, ctx, review);
        if (f.value(MetadataField.BRANCH) != null) {
            review.branch(Inline.plain(f.value(MetadataField.BRANCH)));
        }
        commits(f.value(MetadataField.COMMITS), review);
        reviewers(f.value(MetadataField.REVIEWERS), f.line(MetadataField.REVIEWERS, tableLine), ctx, review);
        String verdict = f.value(MetadataField.VERDICT);
        if (verdict == null) {
            verdict = verdictSection(parts);
        }
        verdict(verdict, f.line(MetadataField.VERDICT, tableLine), ctx, review);
        String wall = f.value(MetadataField.WALL_CLOCK);
        if (wall != null) {
            Optional<java.time.Duration> d = Durations.parse(Inline.plain(wall), false);
            if (d.isPresent()) {
                review.wallClock(d.get());
            } else if (!Durations.saysUnknown(wall)) {
                ctx.report(DiagnosticCode.METADATA_UNREADABLE, "wall-clock time '" + Inline.plain(wall)
                        + "' is no duration", f.line(MetadataField.WALL_CLOCK, 0));
            }
        }
    }

    /** Whether a row label (lower case) names a field of the model. */
    private static boolean isKnown(String label) {
        return MetadataField.of(label).isPresent();
    }

    /** The key a field's current label has in the maps of rows by lower-case label. */
    private static String key(MetadataField field) {
        return field.label().toLowerCase(Locale.ROOT);
    }

    /**
     * The table's rows by field: a field's value is that of the first of its labels the table has, in
     * the order the field prefers them, and its line that row's.
     */
    private record Fields(Map<String, String> values, Map<String, Integer> lines) {
        String value(MetadataField field) {
            String label = labelOf(field);
            return label == null ? null : values.get(label);
        }

        int line(MetadataField field, int fallback) {
            String label = labelOf(field);
            return label == null ? fallback : lines.getOrDefault(label, fallback);
        }

        private String labelOf(MetadataField field) {
            for (String l : field.labels()) {
                String k = l.toLowerCase(Locale.ROOT);
                if (values.containsKey(k)) {
                    return k;
                }
            }
            return null;
        }
    }

    private static String verdictSection(List<Part> parts) {
        for (Part p : parts) {
            if (p.region() == Region.VERDICT) {
                for (Block b : p.blocks()) {
                    if (b instanceof Paragraph para) {
                        return para.text();
                    }
                }
            }
        }
        return null;
    }

    private static void dateTime(String raw, int line, String fileId, ParseContext ctx, Review.Builder review) {
        LocalDate date = null;
        LocalTime time = null;
        if (raw != null) {
            MetadataValues.DateTime m = MetadataValues.dateTime(Inline.plain(raw));
            try {
                if (m != null) {
                    date = LocalDate.parse(m.date());
                    time = m.time() == null ? null : LocalTime.parse(m.time().length() == 4 ? "0" + m.time() : m.time());
                } else {
                    ctx.report(DiagnosticCode.METADATA_UNREADABLE, "date '" + Inline.plain(raw) + "' is no date", line);
                }
            } catch (DateTimeParseException e) {
                ctx.report(DiagnosticCode.METADATA_UNREADABLE, "date '" + Inline.plain(raw) + "' is no valid date", line);
                date = null;
                time = null;
            }
        }
        String[] id = MetadataValues.idDateTime(fileId == null ? "" : fileId);
        if (id != null) {
            try {
                LocalDate idDate = LocalDate.parse(id[0], java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
                LocalTime idTime = LocalTime.parse(id[1], java.time.format.DateTimeFormatter.ofPattern("HHmmss"));
                if (date == null) {
                    date = idDate;
                    time = idTime.equals(LocalTime.MIDNIGHT) ? null : idTime;
                    ctx.report(DiagnosticCode.DATE_FROM_ID, "the report has no date; the review id "
                            + fileId + " gave it", line);
                } else if (date.equals(idDate) && time != null
                        && time.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                                .equals(idTime.truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
                    // The id carries the seconds the Date row leaves out.
                    time = idTime;
                } else if (date.equals(idDate) && time == null && !idTime.equals(LocalTime.MIDNIGHT)) {
                    time = idTime;
                    ctx.report(DiagnosticCode.DATE_FROM_ID, "the Date row gives no time; the review id " + fileId
                            + " gave " + idTime, line);
                } else if (!date.equals(idDate) || (time != null && !idTime.equals(LocalTime.MIDNIGHT))) {
                    ctx.report(DiagnosticCode.DATE_CONFLICT, "the Date row says " + date + (time == null ? "" : " " + time)
                            + " but the review id " + fileId + " says " + idDate + " " + idTime + "; the Date row was kept", line);
                }
            } catch (DateTimeParseException e) {
                // An id whose digits are no date says nothing about the date.
            }
        }
        if (date == null) {
            ctx.report(DiagnosticCode.METADATA_MISSING, "the review has no date", line);
        }
        review.date(date);
        review.time(date == null ? null : time);
    }

    /**
     * The repository a PR or commit link names ({@code https://github.com/owner/name/pull/238}), when
     * no row names one: the first such link decides, and a link to another repository is said.
     */
    private static void repositoryFromLinks(ParseContext ctx, Review.Builder review, int line) {
        String found = null;
        for (String link : ctx.links()) {
            String[] m = MetadataValues.linkRepository(link);
            if (m != null) {
                String repo = m[0] + "/" + m[1];
                if (found == null) {
                    found = repo;
                } else if (!found.equalsIgnoreCase(repo)) {
                    ctx.report(DiagnosticCode.REPOSITORY_FROM_LINK, "the report links PRs or commits of " + found + " and of " + repo
                            + "; the first was taken", line);
                    break;
                }
            }
        }
        if (found != null) {
            review.repository(found);
            ctx.report(DiagnosticCode.REPOSITORY_FROM_LINK, "no Repo row; the repository " + found + " was read from the report's PR or"
                    + " commit link", line);
        }
    }

    private static void round(String raw, int line, ParseContext ctx, Review.Builder review) {
        if (raw == null) {
            return;
        }
        MetadataValues.RoundValue m = MetadataValues.round(Inline.plain(raw));
        Optional<Integer> number = m != null ? Counts.positive(m.digits()) : Optional.empty();
        if (number.isPresent()) {
            review.round(new Round(number.get(), m.qualifier()));
        } else {
            ctx.report(DiagnosticCode.METADATA_UNREADABLE, "round '" + Inline.plain(raw) + "' is no round number", line);
        }
    }

    private static void pullRequest(String raw, int line, String fileId, ParseContext ctx, Review.Builder review) {
        if (raw != null) {
            String[] m = MetadataValues.pullRequest(Inline.plain(raw));
            Optional<Integer> number = m != null ? Counts.positive(m[0]) : Optional.empty();
            if (number.isPresent()) {
                review.pullRequest(new PullRequest(number.get(), m[1]));
                return;
            }
            ctx.report(DiagnosticCode.METADATA_UNREADABLE, "PR '" + Inline.plain(raw) + "' names no PR number", line);
        }
        String fromId = MetadataValues.idPullRequest(fileId == null ? "" : fileId);
        Optional<Integer> number = fromId != null ? Counts.positive(fromId) : Optional.empty();
        if (number.isPresent()) {
            review.pullRequest(new PullRequest(number.get(), ""));
            ctx.report(DiagnosticCode.METADATA_MISSING, raw == null ? "no PR row; the PR number was taken from the review id"
                    : "the PR number was taken from the review id", line);
        }
    }

    private static void commits(String raw, Review.Builder review) {
        if (raw == null) {
            return;
        }
        for (String line : raw.split("\n")) {
            String l = line.strip();
            String earlier = MetadataValues.earlierCommits(l);
            if (earlier != null) {
                Counts.positive(earlier).ifPresent(review::earlierCommits);
                continue;
            }
            String[] m = MetadataValues.commitLine(l);
            if (m != null) {
                review.commit(new Commit(m[0], Inline.plain(m[1])));
            } else if (!l.isEmpty()) {
                review.commit(new Commit("", Inline.plain(l)));
            }
        }
    }

    /**
     * Splits at commas and semicolons outside parentheses ({@code Claude Opus 4.6 (effort: xhigh, 1M), Codex},
     * {@code Claude Opus 5; Codex GPT 6 Astra}): a separator whose next parenthesis is a closing one is inside. One pass from the right finds every comma's next
     * parenthesis, where a look-ahead pattern would scan to it again from each comma.
     */
    static List<String> topLevelCommaSplit(String raw) {
        boolean[] inside = new boolean[raw.length()];
        char next = 0;
        for (int i = raw.length() - 1; i >= 0; i--) {
            char c = raw.charAt(i);
            if (c == '(' || c == ')') {
                next = c;
            } else if (c == ',') {
                inside[i] = next == ')';
            }
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            if ((raw.charAt(i) == ',' || raw.charAt(i) == ';') && !inside[i]) {
                out.add(raw.substring(start, i));
                start = i + 1;
            }
        }
        out.add(raw.substring(start));
        return out;
    }

    private static void reviewers(String raw, int line, ParseContext ctx, Review.Builder review) {
        if (raw == null) {
            ctx.report(DiagnosticCode.METADATA_MISSING, "the review names no reviewers", line);
            return;
        }
        List<Agent> reviewers = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String part : topLevelCommaSplit(raw)) {
            // Pills flattened to words ("Claude Codex Gemini", "Claude Opus 4.6   Codex GPT 5.4"): a new
            // reviewer starts at every word that is a family name.
            String[] words = MetadataValues.words(part.strip());
            List<String> current = new ArrayList<>();
            List<String> split = new ArrayList<>();
            for (String w : words) {
                String bare = Inline.plain(w.startsWith("~~") ? w.substring(2) : w);
                if (!current.isEmpty() && ctx.agents().family(bare).isPresent()) {
                    split.add(String.join(" ", current));
                    current.clear();
                }
                current.add(w);
            }
            if (!split.isEmpty()) {
                split.add(String.join(" ", current));
                parts.addAll(split);
            } else {
                parts.add(part);
            }
        }
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] struck = MetadataValues.struck(p);
            if (struck != null) {
                ctx.report(DiagnosticCode.REVIEWER_DROPPED, "reviewer " + Inline.plain(struck[0])
                        + " is struck out" + (struck[1] == null ? "" : " " + struck[1])
                        + " and did not take part", line);
                ctx.agents().parse(struck[0], true).ifPresent(review::droppedReviewer);
                continue;
            }
            int[] failed = MetadataValues.failureNote(p);
            if (failed != null) {
                // The strike-through was lost on the way (a text extractor), the note that explains it was not.
                ctx.report(DiagnosticCode.REVIEWER_DROPPED, "reviewer " + Inline.plain(p.substring(0, failed[0]).strip())
                        + " is noted " + p.substring(failed[0], failed[1]) + " and did not take part", line);
                ctx.agents().parse(p.substring(0, failed[0]), true).ifPresent(review::droppedReviewer);
                continue;
            }
            Optional<Agent> agent = ctx.agents().parse(p, true);
            if (agent.isPresent()) {
                reviewers.add(agent.get());
            } else {
                ctx.report(DiagnosticCode.METADATA_UNREADABLE, "reviewer '" + Inline.plain(p) + "' is no agent name", line);
            }
        }
        reviewers.forEach(review::reviewer);
        ctx.setReviewers(reviewers);
    }

    private static void verdict(String raw, int line, ParseContext ctx, Review.Builder review) {
        if (raw == null) {
            ctx.report(DiagnosticCode.METADATA_MISSING, "the review has no verdict", line);
            return;
        }
        String plain = Inline.plain(raw.replace("\n", " "));
        String decision;
        String rationale;
        String text = raw.strip();
        Optional<Lead> bold = Lead.of(text);
        if (bold.isPresent()) {
            decision = Inline.plain(bold.get().title());
            String rest = bold.get().rest();
            rationale = Inline.plain(rest.substring(MetadataValues.rationaleStart(rest)));
        } else {
            int[] split = MetadataValues.verdictSplit(plain);
            decision = split == null ? plain : plain.substring(0, split[0]);
            rationale = split == null ? "" : plain.substring(split[1]);
        }
        review.verdict(new Verdict(outcome(decision), rationale.replace("\n", " ").strip(), plain));
    }

    private static String stripAt(String author) {
        return author.startsWith("@") ? author.substring(1) : author;
    }

    static Outcome outcome(String decision) {
        String d = MetadataValues.decisionWords(decision);
        if (d.startsWith("rework") || d.startsWith("request changes") || d.startsWith("reject")
                || d.startsWith("do not merge") || d.startsWith("block")) {
            return Outcome.REWORK;
        }
        boolean approve = d.startsWith("merge") || d.startsWith("approve") || d.startsWith("accept") || d.startsWith("lgtm");
        if (!approve) {
            return Outcome.OTHER;
        }
        if (d.contains("optional") || d.contains("suggestion") || d.contains("cleanup") || d.contains("nit")) {
            return Outcome.MERGE_WITH_SUGGESTIONS;
        }
        if (d.contains("fix") || d.contains("required") || d.contains("change")) {
            return Outcome.MERGE_WITH_FIXES;
        }
        return Outcome.MERGE;
    }
}
