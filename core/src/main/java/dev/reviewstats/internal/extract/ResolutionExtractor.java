package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.Vocabulary;
import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Resolution;
import dev.reviewstats.model.ResolutionAction;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the Resolution section: Addressed, Commit, and the {@code # | Finding | Action} table. */
final class ResolutionExtractor {
    /** "Important #1", "Suggestion 2", "Suggestion S1", "Critical C2". */
    /** Items a Resolution table addresses that are no findings: "Testing Gap #3: …", "Design observation 2". */
    private static final Pattern OTHER_ITEM = Pattern.compile(
            "(?i)\\W*(?:testing|test|documentation|docs|coverage)\\s+gaps?\\b|\\W*design\\s+observations?\\b|\\W*(?:concern|strength)\\s*#?\\d");
    private static final Pattern SEVERITY_REF = Pattern.compile("(?i)^(?<severity>critical|important|suggestion)s?\\s*(?:#|[CIS](?=\\d))?\\s*(?<number>\\d+)\\b");
    /** "#3": the third finding of the review, numbered across severities in document order. */
    private static final Pattern NUMBER_REF = Pattern.compile("^#\\s*(?<number>\\d{1,3})\\b");
    private static final Pattern ID_REF = Pattern.compile("^(?<letter>[CIS])(?<number>" + Vocabulary.FINDING_NUMBER + ")\\b");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern REF_TITLE = Pattern.compile("^[^:]*:\\s*(?<title>.*)$");
    private static final List<String> ACTION_HEADERS = List.of("action", "status", "resolution", "outcome");

    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private ResolutionExtractor() {
    }

    static Optional<Resolution> extract(List<Part> parts, List<Finding> findings, ParseContext ctx) {
        LocalDate addressed = null;
        String commit = "";
        List<ResolutionItem> items = new ArrayList<>();
        boolean any = false;
        // Normalised finding titles, computed once per review rather than once per row.
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (Part p : parts) {
            for (Block b : p.blocks()) {
                if (!(b instanceof TableBlock t)) {
                    continue;
                }
                int findingCol = column(t.header(), List.of("finding", "item", "issue"));
                int actionCol = column(t.header(), ACTION_HEADERS);
                if (findingCol >= 0 && actionCol >= 0) {
                    any = true;
                    for (int r = 0; r < t.rows().size(); r++) {
                        items.add(item(t, r, findingCol, actionCol, findings, ctx, titles));
                    }
                    continue;
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    List<String> row = t.rows().get(r);
                    if (row.size() < 2) {
                        continue;
                    }
                    String label = Inline.plain(row.get(0)).toLowerCase(Locale.ROOT);
                    String value = Inline.plain(row.get(1));
                    if (label.equals("addressed")) {
                        any = true;
                        Matcher d = DATE.matcher(value);
                        try {
                            addressed = d.find() ? LocalDate.parse(d.group()) : null;
                        } catch (DateTimeParseException e) {
                            addressed = null;
                        }
                        if (addressed == null) {
                            ctx.report(DiagnosticCode.RESOLUTION_UNREADABLE, "addressed date '" + value
                                    + "' is no date", t.rowLine(r));
                        }
                    } else if (label.equals("commit") || label.equals("commits")) {
                        any = true;
                        commit = value;
                    }
                }
            }
        }
        return any ? Optional.of(new Resolution(addressed, commit, items)) : Optional.empty();
    }

    private static int column(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(Inline.plain(header.get(i)).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static ResolutionItem item(TableBlock t, int r, int findingCol, int actionCol, List<Finding> findings,
            ParseContext ctx, java.util.Map<String, String> titles) {
        List<String> row = t.rows().get(r);
        String ref = findingCol < row.size() ? Inline.plain(row.get(findingCol)) : "";
        String action = actionCol < row.size() ? Inline.plain(row.get(actionCol)) : "";
        int number = 0;
        if (!row.isEmpty() && findingCol != 0) {
            number = Counts.leadingInt(row.get(0)).orElse(0);
        }
        String id = "";
        String claimed = "";
        Matcher s = SEVERITY_REF.matcher(ref);
        Matcher i = ID_REF.matcher(ref);
        Matcher n = NUMBER_REF.matcher(ref);
        if (n.find()) {
            int position = Counts.intOrMinusOne(n.group("number"));
            if (position >= 1 && position <= findings.size()) {
                return new ResolutionItem(number, ref, findings.get(position - 1).id(), ResolutionAction.classify(action), action);
            }
            claimed = "#" + position;
        } else if (s.find()) {
            claimed = Severity.fromWord(s.group("severity")).orElseThrow().letter() + Counts.digitsWithoutLeadingZeros(s.group("number"));
        } else if (i.find()) {
            claimed = i.group("letter") + Counts.digitsWithoutLeadingZeros(i.group("number"));
        }
        if (!claimed.isEmpty()) {
            String c = claimed;
            if (findings.stream().anyMatch(f -> f.id().equalsIgnoreCase(c))) {
                id = claimed;
            } else {
                id = byTitle(ref, findings, titles);
                ctx.report(DiagnosticCode.RESOLUTION_REF_UNRESOLVED, "resolution row " + (number > 0 ? number : r + 1)
                        + " names " + claimed + ", which the review does not have"
                        + (id.isEmpty() ? "" : "; its title matches " + id), t.rowLine(r));
            }
        } else {
            id = byTitle(ref, findings, titles);
            if (id.isEmpty() && !ref.isBlank() && !OTHER_ITEM.matcher(ref).lookingAt()) {
                // A row about a testing gap or a design observation is the template's, not a lost finding.
                ctx.report(DiagnosticCode.RESOLUTION_REF_UNRESOLVED, "resolution row " + (number > 0 ? number : r + 1) + " names '"
                        + ref + "', which is no finding id, position or title of the review", t.rowLine(r));
            }
        }
        if (action.isEmpty()) {
            ctx.report(DiagnosticCode.RESOLUTION_UNREADABLE, "resolution row " + (r + 1) + " has no action", t.rowLine(r));
        }
        return new ResolutionItem(number, ref, id, ResolutionAction.classify(action), action);
    }

    /** A finding whose title the reference repeats, when exactly one does. */
    private static String byTitle(String ref, List<Finding> findings, java.util.Map<String, String> titles) {
        Matcher m = REF_TITLE.matcher(ref);
        String title = norm(m.matches() ? m.group("title") : ref);
        if (title.length() < 8) {
            return "";
        }
        List<Finding> hits = findings.stream().filter(f -> {
            String ft = titles.computeIfAbsent(f.id(), k -> norm(f.title()));
            return !ft.isEmpty() && (ft.equals(title) || ft.startsWith(title) || title.startsWith(ft));
        }).toList();
        return hits.size() == 1 ? hits.get(0).id() : "";
    }

    private static String norm(String s) {
        return NON_ALPHANUMERIC.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
