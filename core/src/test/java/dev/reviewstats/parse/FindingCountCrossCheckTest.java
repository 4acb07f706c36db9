package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counts consolidated findings per severity straight from the raw Markdown lines, independently of
 * the parser (no flexmark, no outline), and compares with what the parser read.
 */
class FindingCountCrossCheckTest {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern BOLD_GROUP = Pattern.compile("^\\*\\*((?:critical|important|suggestion)s?(?: issues| findings)?)\\*\\*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern START = Pattern.compile(
            "^(?:#{2,5}\\s+)?(?:~~|\\*\\*)*([CIS])\\d+[.:]\\s"
            + "|^(?:~~)?\\d+\\.\\s+(?:~~)?\\*\\*"
            + "|^(?:#{2,5}\\s+)?\\*\\*\\[[A-Za-z ]*(?:CRITICAL|IMPORTANT|SUGGESTION)\\]"
            + "|^\\*\\*(CRITICAL|IMPORTANT|SUGGESTION)\\*\\*\\s");

    /** Raw-text counts per severity, reading the consolidated part only. */
    static Map<Severity, Integer> countRaw(List<String> lines) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        Severity section = null;
        // Once a section numbers its findings by id (I1, I2), numbered bold items are body sub-lists.
        boolean sectionHasIds = false;
        boolean inCode = false;
        for (String line : lines) {
            if (line.stripLeading().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            Matcher h = HEADING.matcher(line);
            String title = h.matches() ? h.group(1).replace("*", "").strip().toLowerCase(Locale.ROOT) : null;
            if (title != null && title.contains("appendix")) {
                break;
            }
            if (title != null && !START.matcher(line).find()) {
                title = title.replaceFirst("^\\d+\\.\\s+", "");
                section = title.matches("(critical|important|suggestion)s?( issues| findings)?")
                        ? Severity.fromWord(title).orElse(null)
                        : title.equals("findings") ? section : null;
                sectionHasIds = false;
                continue;
            }
            Matcher g = BOLD_GROUP.matcher(line.strip());
            if (g.matches()) {
                section = Severity.fromWord(g.group(1)).orElse(section);
                continue;
            }
            Matcher s = START.matcher(line);
            if (section != null && s.find()) {
                if (s.group(1) != null) {
                    sectionHasIds = true;
                } else if (sectionHasIds && Character.isDigit(line.charAt(0))) {
                    continue;
                }
                Severity sev = s.group(1) != null ? Severity.fromLetter(s.group(1).charAt(0)).orElseThrow() : section;
                counts.merge(sev, 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void parsedFindingCountsMatchAnIndependentCountOfTheRawText() throws IOException {
        ReviewParser parser = ReviewParser.create();
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int findings = 0;
        for (Path f : SharedCorpus.files(".md")) {
            if (!(parser.parse(f) instanceof ParseResult.Parsed parsed)) {
                continue;
            }
            Review review = parsed.review();
            Map<Severity, Integer> raw = countRaw(Files.readAllLines(f));
            Map<Severity, Integer> read = new EnumMap<>(Severity.class);
            for (Finding x : review.findings()) {
                read.merge(x.severity(), 1, Integer::sum);
            }
            compared++;
            findings += review.findings().size();
            if (!raw.equals(read)) {
                mismatches.add(f.getFileName() + ": raw " + raw + " parsed " + read);
            }
        }
        System.out.println("finding counts compared for " + compared + " reviews (" + findings + " findings); "
                + mismatches.size() + " mismatch(es)");
        mismatches.forEach(m -> System.out.println("  " + m));
        assertThat(compared).isGreaterThan(100);
        assertThat(mismatches).isEmpty();
    }
}
