package dev.reviewstats.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.testing.RequiresSharedCorpus;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Each sign of a form is read by its scan where the pattern it replaced found it; the patterns are kept here for that. */
class FormDetectorSignsTest {
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html|<head|<body|<meta|<div|<h1)");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^#{1,6} \\S");
    private static final Pattern MARKDOWN_TABLE = Pattern.compile("(?m)^\\|.*\\|\\s*$\\n^\\|\\s*:?-{3,}");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*[^*\\n]+\\*\\*");
    private static final Pattern PILCROW_LINE = Pattern.compile("(?m)¶\\s*$");
    private static final Pattern STARRED_HEADING = Pattern.compile("(?m)^\\*{3,} \\S[^\\n]{0,200} \\*{3,}[ \\t]*$");
    private static final Pattern SPACED_METADATA = Pattern.compile("(?m)^[ \\t]{0,8}(?:Date|Repo|Round|Reviewers|Verdict) {2,}\\S");
    private static final Pattern FLAT_DATE_LINE = Pattern.compile("(?m)^[ \\t]{0,8}Date[ \\t]+\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FLAT_REVIEWERS_LINE = Pattern.compile("(?m)^[ \\t]{0,8}Reviewers[ \\t]+[A-Z~\\[]");
    private static final Pattern GLUED_METADATA = Pattern.compile("(?m)^[ \\t]{0,12}(?:Date\\d|Repo[a-z0-9]|Round\\d|Reviewers[A-Z]|Verdict[A-Z])");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("\n", "\r\n", "\r", "\u2028", "\u0085", " ", "  ", "\t", "         ", "#", "###", "#######", "# T",
                "|", "| a |", "|---|", "| :--- |", "|--", "*", "**", "***", "**bold**", "¶", "Date", "Date  x", "Date2026",
                "Date 2026-05-04", "Reviewers", "Reviewers Claude", "ReviewersClaude", "Repo", "Repox", "Round3", "Verdict",
                "VerdictA", "<!--", "-->", "<!-- c -->", "<html", "<!DOCTYPE html>", "<!doctype", "<H1", "<div", "x", "Title",
                "é", "-", ":").list().ofMaxSize(16).map(p -> String.join("", p));
    }

    private static boolean found(Pattern p, String s) {
        return p.matcher(s).find();
    }

    private static long count(Pattern p, String s) {
        return p.matcher(s).results().count();
    }

    private static boolean anyLine(String s, java.util.function.BiPredicate<String, Integer> sign) {
        return FormDetector.lineStarts(s).stream().anyMatch(l -> sign.test(s, l));
    }

    private static long lines(String s, java.util.function.BiPredicate<String, Integer> sign) {
        return FormDetector.lineStarts(s).stream().filter(l -> sign.test(s, l)).count();
    }

    @Property(tries = 30_000)
    void everySignIsWhereItsPatternFoundIt(@ForAll("texts") String s) {
        checkSigns(s);
    }

    private static void checkSigns(String s) {
        assertThat(FormDetector.opensAsHtml(s)).as(s).isEqualTo(found(HTML_START, s));
        assertThat(anyLine(s, FormDetector::markdownHeading)).as(s).isEqualTo(found(MARKDOWN_HEADING, s));
        assertThat(anyLine(s, FormDetector::markdownTable)).as(s).isEqualTo(found(MARKDOWN_TABLE, s));
        assertThat(FormDetector.hasBold(s)).as(s).isEqualTo(found(MARKDOWN_EMPHASIS, s));
        assertThat((long) FormDetector.pilcrowLines(s)).as(s).isEqualTo(count(PILCROW_LINE, s));
        assertThat(lines(s, FormDetector::starredHeading)).as(s).isEqualTo(count(STARRED_HEADING, s));
        assertThat(lines(s, FormDetector::spacedMetadata)).as(s).isEqualTo(count(SPACED_METADATA, s));
        assertThat(anyLine(s, FormDetector::flatDateLine)).as(s).isEqualTo(found(FLAT_DATE_LINE, s));
        assertThat(anyLine(s, FormDetector::flatReviewersLine)).as(s).isEqualTo(found(FLAT_REVIEWERS_LINE, s));
        assertThat(lines(s, FormDetector::gluedMetadata)).as(s).isEqualTo(count(GLUED_METADATA, s));
    }

    @Example
    void boundsAreThePatterns() {
        for (int n = 195; n <= 203; n++) {
            checkSigns("*** T" + "x".repeat(n) + " ***\n");
            checkSigns("*** T" + "x".repeat(n) + " ***  \n# a");
        }
        for (int n = 6; n <= 14; n++) {
            checkSigns(" ".repeat(n) + "Date2026\n" + "\t".repeat(n) + "ReviewersClaude\n" + " ".repeat(n) + "Date  2026-05-04\n"
                    + " ".repeat(n) + "Reviewers Claude");
            checkSigns("#".repeat(n - 5) + " Title");
        }
    }

    @Example
    void aCommentMayCloseAtALaterCloser() {
        assertThat(FormDetector.opensAsHtml(" <!-- a --> b --> <HTML>")).isTrue();
        assertThat(FormDetector.opensAsHtml("<!-- a --> b <html>")).isFalse();
        assertThat(FormDetector.markdownTable("| a |\n\n|:---|", 0)).isTrue();
        assertThat(FormDetector.markdownTable("| a |\r\n|---|", 0)).isFalse();
    }

    @Example
    @AddLifecycleHook(RequiresSharedCorpus.class)
    void readsTheCorpusFilesAsThePatternsDid() throws IOException {
        int files = 0;
        try (Stream<Path> all = Files.walk(SharedCorpus.root())) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                checkSigns(text.length() > 4096 ? text.substring(0, 4096) : text);
                files++;
            }
        }
        assertThat(files).isGreaterThan(300);
    }
}
