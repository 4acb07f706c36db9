package dev.reviewstats.internal.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A block's bold lead: the scan gives what the extractors' regular expressions gave before it replaced them. */
class LeadTest {
    /** ProseExtractor's item and observation titles, and MetadataExtractor's verdict, before the lead. */
    private static final Pattern BOLD_LEAD = Pattern.compile("^\\*\\*(?<title>.+?)\\*\\*\\s*[:.—–-]?\\s*(?<rest>.*)$", Pattern.DOTALL);
    private static final Pattern BOLD_DECISION = Pattern.compile("^\\*\\*(?<decision>.+?)\\*\\*\\s*(?<rationale>.*)$", Pattern.DOTALL);
    /** Structure's bold paragraph that stands for a heading, before the lead. */
    private static final Pattern BOLD_PARAGRAPH = Pattern.compile("^\\*\\*(?<title>[^*\\n]{3,60}?)\\*\\*\\s*:?$");

    @Provide
    Arbitrary<String> inlineText() {
        Arbitrary<String> text = Arbitraries.strings().withChars("**:.—-– \n\tab").ofMaxLength(24);
        return Arbitraries.oneOf(text, text.map(s -> "**" + s));
    }

    @Property(tries = 5000)
    void titleTextAndRestAreWhatTheLeadAndDecisionPatternsFound(@ForAll("inlineText") String s) {
        Matcher m = BOLD_LEAD.matcher(s.strip());
        Matcher d = BOLD_DECISION.matcher(s.strip());
        Optional<Lead> lead = Lead.of(s);
        assertThat(lead.isPresent()).isEqualTo(m.matches()).isEqualTo(d.matches());
        if (lead.isPresent()) {
            assertThat(lead.get().title()).isEqualTo(m.group("title")).isEqualTo(d.group("decision"));
            assertThat(lead.get().text()).isEqualTo(m.group("rest"));
            assertThat(lead.get().rest().replaceFirst("^\\s*", "")).isEqualTo(d.group("rationale"));
        }
    }

    @Property(tries = 5000)
    void standingAloneIsWhatTheBoldParagraphPatternMatched(@ForAll("inlineText") String s) {
        Optional<Lead> lead = Lead.of(s);
        boolean heading = lead.isPresent() && lead.get().standsAlone() && lead.get().title().length() >= 3
                && lead.get().title().length() <= 60 && lead.get().title().indexOf('*') < 0 && lead.get().title().indexOf('\n') < 0;
        assertThat(heading).isEqualTo(BOLD_PARAGRAPH.matcher(s.strip()).matches());
    }

    @Example
    void readsTheFirstBoldAndTheSeparatorAfterIt() {
        Lead lead = Lead.of("  **Retry loop** — never stops (in-scope) [Codex]\n").orElseThrow();
        assertThat(lead.title()).isEqualTo("Retry loop");
        assertThat(lead.rest()).isEqualTo(" — never stops (in-scope) [Codex]");
        assertThat(lead.text()).isEqualTo("never stops (in-scope) [Codex]");
        assertThat(lead.standsAlone()).isFalse();
        assertThat(Lead.of("**a** and **b**").orElseThrow().title()).isEqualTo("a");
        assertThat(Lead.of("**Concerns**:").orElseThrow().standsAlone()).isTrue();
        assertThat(Lead.of("**Concerns**: none").orElseThrow().standsAlone()).isFalse();
    }

    @Example
    void textThatDoesNotOpenWithClosedBoldHasNoLead() {
        assertThat(Lead.of("Retry loop **never** stops")).isEmpty();
        assertThat(Lead.of("**unclosed bold")).isEmpty();
        assertThat(Lead.of("****")).isEmpty();
        // A block's lead is the one its front end stamped: asterisks in a text no front end read open none.
        assertThat(new Paragraph("**Merge** — ok", 3).lead()).isEmpty();
        assertThat(new Paragraph("**Merge** — ok", 3, new Lead("Merge", " — ok")).lead()).map(Lead::title).contains("Merge");
        assertThat(new ListItem(1, "plain item", java.util.List.of(), 4).lead()).isEmpty();
    }
}
