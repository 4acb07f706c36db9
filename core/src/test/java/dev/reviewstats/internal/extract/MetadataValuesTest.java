package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The metadata values' scans read each value as the patterns they replaced, kept here, did. */
class MetadataValuesTest {
    private static final Pattern DATE_TIME = Pattern.compile("(?<date>\\d{4}-\\d{2}-\\d{2})(?:[ T](?<time>\\d{1,2}:\\d{2}(?::\\d{2})?))?");
    private static final Pattern ROUND_VALUE = Pattern.compile(
            "^(?i:round\\s*|r)?(?<number>\\d+)\\s*(?:\\((?<qualifier>.*)\\)|(?<of>(?i:of|/)\\s*\\d+.*))?.*$");
    private static final Pattern REPOSITORY_LINK = Pattern.compile(
            "^https?://[^/\\s]+/(?<owner>[\\w.-]+)/(?<name>[\\w.-]+)/(?:pull|pulls|merge_requests|-/merge_requests|commit|commits|-/commit)/");
    private static final Pattern PR_VALUE = Pattern.compile("^#?(?<number>\\d+)\\s*(?:[—–:-]+\\s*(?<title>.*))?$", Pattern.DOTALL);
    private static final Pattern COMMIT_LINE = Pattern.compile("^`?(?<sha>[0-9a-f]{6,40})`?\\s*(?<subject>.*)$");
    private static final Pattern EARLIER = Pattern.compile("(?i)plus\\s+(?<count>\\d+)\\s+(?:earlier|more|older)");
    private static final Pattern FAILURE_NOTE = Pattern.compile(
            "(?i)\\((?:[^()]{0,40}\\b)?(?:[45]\\d\\d|capacity|quota|fail(?:ed|ure)?|unavailable|timed?[ -]?out|crash(?:ed)?|did not run|no output)\\b[^()]{0,60}\\)");
    private static final Pattern STRUCK = Pattern.compile("~~(?<name>.+?)~~\\s*(?<note>\\([^)]*\\))?");
    private static final Pattern VERDICT_SPLIT = Pattern.compile("\\s+(?:—|–|--|-)\\s+|(?<=\\*\\*)\\s*[.:]\\s+|\\.\\s+");
    private static final Pattern RATIONALE_LEAD = Pattern.compile("^\\s*(?:—|–|--|-|:|\\.)\\s*");
    private static final Pattern PR_IN_ID = Pattern.compile("-pr-(?<number>\\d+)\\b");
    private static final Pattern REVIEW_ID = Pattern.compile("(?<date>\\d{8})-(?<time>\\d{6})");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z ]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F]+");
    private static final Pattern LABEL_LINE = Pattern.compile(
            "^\\s*(?:\\*\\*)?(?<label>[A-Za-z][A-Za-z -]{1,24}?)(?:\\*\\*)?\\s*:(?:\\*\\*)?\\s+(?<value>.+)$");
    private static final Pattern TARGET_PR = Pattern.compile("(?i)\\bPR\\s*#?\\s*(?<number>\\d+)");
    private static final Pattern TARGET_BRANCH = Pattern.compile("(?i)\\bbranch\\s+`?(?<branch>[\\w./-]+)`?");

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.of("2026-05-04", "20260504-101500", "202605041", " ", "  ", "T", "9:05", "12:30", "123:45", ":07", "\n", "\r",
                "\u2028", "\u00A0", "\u200B", "\t", "Round", "round ", "r", "R2", "3", "12", "(", ")", "of", "OF 4", "/", "/ 4", "#", "#711",
                " — ", "–", "--", "-", ":", ".", ". ", "Title", "https://", "http://", "github.com", "/o", "/r", "/pull/", "/pulls/",
                "/-/merge_requests/", "/commit/", "`", "abc1234", "0123456789abcdef0123456789abcdef0123456789", "plus", "PLUS 3 ", "earlier",
                "~~", "~~Gemini 3 Pro~~", "(429 capacity)", "(timed out)", "(quota", "failed", "failing", "é", "\u0301", "**", "**Date**",
                "Date", "Target", "PR", "pr #", "branch", "feat/x", "-pr-238", "_", "Merge", "with fixes!", "a".repeat(24), "x")
                .list().ofMaxSize(10).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsEveryValueAsThePatternsDid(@ForAll("values") String s) {
        Matcher dt = DATE_TIME.matcher(s);
        MetadataValues.DateTime dateTime = MetadataValues.dateTime(s);
        assertThat(dateTime == null ? null : dateTime.date() + "|" + dateTime.time()).as(s)
                .isEqualTo(dt.find() ? dt.group("date") + "|" + dt.group("time") : null);
        Matcher round = ROUND_VALUE.matcher(s);
        MetadataValues.RoundValue r = MetadataValues.round(s);
        if (round.matches()) {
            String qualifier = round.group("qualifier") != null ? round.group("qualifier").strip()
                    : round.group("of") != null ? round.group("of").strip().replaceFirst("^/\\s*", "of ") : "";
            assertThat(r).as(s).isEqualTo(new MetadataValues.RoundValue(round.group("number"), qualifier));
        } else {
            assertThat(r).as(s).isNull();
        }
        Matcher link = REPOSITORY_LINK.matcher(s);
        assertThat(MetadataValues.linkRepository(s)).as(s).isEqualTo(link.find() ? new String[] {link.group("owner"), link.group("name")} : null);
        Matcher pr = PR_VALUE.matcher(s);
        assertThat(MetadataValues.pullRequest(s)).as(s).isEqualTo(pr.matches()
                ? new String[] {pr.group("number"), pr.group("title") == null ? "" : pr.group("title").strip()} : null);
        Matcher commit = COMMIT_LINE.matcher(s);
        assertThat(MetadataValues.commitLine(s)).as(s).isEqualTo(commit.matches() ? new String[] {commit.group("sha"), commit.group("subject")} : null);
        Matcher earlier = EARLIER.matcher(s);
        assertThat(MetadataValues.earlierCommits(s)).as(s).isEqualTo(earlier.find() ? earlier.group("count") : null);
        Matcher failure = FAILURE_NOTE.matcher(s);
        assertThat(MetadataValues.failureNote(s)).as(s).isEqualTo(failure.find() ? new int[] {failure.start(), failure.end()} : null);
        Matcher struck = STRUCK.matcher(s);
        assertThat(MetadataValues.struck(s)).as(s).isEqualTo(struck.find() ? new String[] {struck.group("name"), struck.group("note")} : null);
        String[] split = VERDICT_SPLIT.split(s, 2);
        int[] scanned = MetadataValues.verdictSplit(s);
        assertThat(scanned == null ? new String[] {s} : new String[] {s.substring(0, scanned[0]), s.substring(scanned[1])}).as(s).isEqualTo(split);
        assertThat(s.substring(MetadataValues.rationaleStart(s))).as(s).isEqualTo(RATIONALE_LEAD.matcher(s).replaceFirst(""));
        Matcher prInId = PR_IN_ID.matcher(s);
        assertThat(MetadataValues.idPullRequest(s)).as(s).isEqualTo(prInId.find() ? prInId.group("number") : null);
        Matcher id = REVIEW_ID.matcher(s);
        assertThat(MetadataValues.idDateTime(s)).as(s).isEqualTo(id.find() ? new String[] {id.group("date"), id.group("time")} : null);
        assertThat(MetadataValues.decisionWords(s)).as(s)
                .isEqualTo(SPACES.matcher(NON_LETTERS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip());
        assertThat(MetadataValues.words(s)).as(s).isEqualTo(SPACES.split(s));
        Matcher label = LABEL_LINE.matcher(s);
        String[] line = MetadataValues.labelLine(s);
        if (label.matches()) {
            assertThat(line).as(s).isNotNull();
            assertThat(line[0].strip()).as(s).isEqualTo(label.group("label").strip());
            assertThat(line[1]).as(s).isEqualTo(label.group("value"));
        } else {
            assertThat(line).as(s).isNull();
        }
        Matcher target = TARGET_PR.matcher(s);
        assertThat(MetadataValues.targetPullRequest(s)).as(s).isEqualTo(target.find() ? target.group("number") : null);
        Matcher branch = TARGET_BRANCH.matcher(s);
        assertThat(MetadataValues.targetBranch(s)).as(s).isEqualTo(branch.find() ? branch.group("branch") : null);
    }

    @Provide
    Arbitrary<String> labelLines() {
        return Arbitraries.of(" ", "**", "Date", "D", "Target", "Wall-clock time", "a".repeat(23), "a".repeat(26), "  ", ":", "**:", ": ", ":  ",
                "x", "\r", "\t", "PR #3", "-").list().ofMaxSize(8).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsLabelLinesAsThePatternDid(@ForAll("labelLines") String s) {
        readsEveryValueAsThePatternsDid(s);
    }

    @Example
    void failureNotesAreReadToTheirBounds() {
        for (int lead = 36; lead <= 44; lead++) {
            for (int tail = 56; tail <= 64; tail++) {
                for (String word : new String[] {"429", "timed-out", "no output", "Failure", "failing"}) {
                    String s = "Gemini (" + "x ".repeat(lead / 2) + "y".repeat(lead % 2) + " " + word + " " + "z".repeat(tail) + ")";
                    Matcher m = FAILURE_NOTE.matcher(s);
                    assertThat(MetadataValues.failureNote(s)).as(s).isEqualTo(m.find() ? new int[] {m.start(), m.end()} : null);
                }
            }
        }
    }

    @Example
    void readsTheValuesReportsWrite() {
        assertThat(MetadataValues.round("Round 2 (of PR #711)")).isEqualTo(new MetadataValues.RoundValue("2", "of PR #711"));
        assertThat(MetadataValues.round("2/4")).isEqualTo(new MetadataValues.RoundValue("2", "of 4"));
        assertThat(MetadataValues.pullRequest("#238 — Fix the proxy")).containsExactly("238", "Fix the proxy");
        assertThat(MetadataValues.linkRepository("https://gitlab.com/g/p/-/merge_requests/4")).containsExactly("g", "p");
        assertThat(MetadataValues.failureNote("Gemini 3 Pro (429 capacity)")).containsExactly(13, 27);
        assertThat(MetadataValues.labelLine("**Date:** 2026-05-04")).containsExactly("Date", "2026-05-04");
        assertThat(MetadataValues.decisionWords("Merge — with fixes!")).isEqualTo("merge with fixes");
    }
}
