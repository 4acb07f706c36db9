package dev.reviewstats.internal.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its two matching primitives rewritten. The library takes a
 * {@link java.util.regex.MatchResult} of every successful match, and on Java 17 that copies the whole
 * paragraph into a new string: a paragraph of n entities, tags or link openers costs n² characters of
 * copying (60 KB of {@code &amp;} took two seconds). Reading the bounds from the matcher itself gives
 * the same result in time linear in the match.
 *
 * <p>Second, no match looks further than {@link #REACH} characters ahead. A link destination, a link
 * title, a code span's closing ticks or an HTML comment that is never closed is otherwise searched for
 * to the end of the paragraph once per opener, which is quadratic in a paragraph of openers
 * ({@code [a](b} repeated, a title quote with no closing quote). A match that would need to reach
 * further is not a match, so such a construct reads as literal text; no report's links or code spans
 * come near the reach (the longest line in either shared history is 1,741 characters).
 */
final class LinearInlineParser extends InlineParserImpl {
    static final InlineParserFactory FACTORY = LinearInlineParser::new;
    /** How far ahead a single inline construct may reach. */
    static final int REACH = 4_096;
    /** The characters a backslash escapes in CommonMark: ASCII punctuation. */
    private static final String ESCAPABLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    // Per-parse state of nextGreaterThan; an inline parser serves one document parse at a time.
    private BasedSequence gtInput;
    /** The paragraph while a destination is read from a cut of it, so that the memo above still applies. */
    private BasedSequence whole;
    private int gtFrom;
    private int gtAt;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = matchHere(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = matchHere(re);
        if (m == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
        }
        return groups;
    }

    /**
     * The link title ({@code "t"}, {@code 't'} or {@code (t)}) scanned by hand: flexmark's pattern
     * recurses once per character and overflows the stack on a title of a few thousand. Same result
     * as the pattern: the first closer that is not escaped, or failing that the last escaped one
     * (where the pattern's backtracking would end), within the reach.
     */
    @Override
    public BasedSequence parseLinkTitle() {
        int length = input.length();
        if (index >= length) {
            return null;
        }
        char open = input.charAt(index);
        if (open != '"' && open != '\'' && open != '(') {
            return null;
        }
        char close = open == '(' ? ')' : open;
        int limit = (int) Math.min(length, (long) index + REACH);
        int lastEscapedCloser = -1;
        for (int i = index + 1; i < limit; i++) {
            char c = input.charAt(i);
            if (c == '\\' && i + 1 < limit && ESCAPABLE.indexOf(input.charAt(i + 1)) >= 0) {
                if (input.charAt(i + 1) == close) {
                    lastEscapedCloser = i + 1;
                }
                i++;
            } else if (c == close) {
                return title(i);
            } else if (c == '\0') {
                break;
            }
        }
        return lastEscapedCloser < 0 ? null : title(lastEscapedCloser);
    }

    private BasedSequence title(int closer) {
        BasedSequence t = input.subSequence(index, closer + 1);
        index = closer + 1;
        return t;
    }

    /**
     * A run of backticks longer than the reach is literal text as a whole. Otherwise its opening
     * match would run into the cut at every one of its characters in turn.
     */
    @Override
    protected boolean parseBackticks() {
        int end = index;
        while (end < input.length() && input.charAt(end) == '`' && end - index <= REACH) {
            end++;
        }
        if (end - index <= REACH) {
            return super.parseBackticks();
        }
        while (end < input.length() && input.charAt(end) == '`') {
            end++;
        }
        appendText(input.subSequence(index, end));
        index = end;
        return true;
    }

    /** A link destination read within the reach; one that runs up to the cut is not a destination. */
    @Override
    public BasedSequence parseLinkDestination() {
        BasedSequence full = input;
        whole = full;
        int start = index;
        int end = (int) Math.min(full.length(), (long) start + REACH);
        input = full.subSequence(0, end);
        BasedSequence found;
        try {
            found = super.parseLinkDestination();
        } finally {
            input = full;
            whole = null;
        }
        if (found != null && end < full.length() && index >= end) {
            index = start;
            return null;
        }
        return found;
    }

    /** The position of the next '>' at or after {@code from} (the input's length if none), remembered across calls. */
    private int nextGreaterThan(int from) {
        BasedSequence text = whole != null ? whole : input;
        if (gtInput != text || from < gtFrom || from > gtAt) {
            int at = from;
            while (at < text.length() && text.charAt(at) != '>') {
                at++;
            }
            gtInput = text;
            gtFrom = from;
            gtAt = at;
        }
        return gtAt;
    }

    @Override
    public Matcher matcher(Pattern re) {
        return matchHere(re);
    }

    private Matcher matchHere(Pattern re) {
        int length = input.length();
        if (index >= length) {
            return null;
        }
        if (Thread.currentThread().isInterrupted()) {
            // A parse given a time budget and stopped: flexmark itself never looks at interrupts.
            throw new java.util.concurrent.CancellationException("the parse was stopped");
        }
        int end = (int) Math.min(length, (long) index + REACH);
        // Tags, comments, processing instructions and autolinks all end at a '>': without one ahead
        // (a run of "<?" or "<!--"), each opener would search the whole reach for nothing.
        if ((re == myParsing.HTML_TAG || re == myParsing.AUTOLINK || re == myParsing.EMAIL_AUTOLINK
                || re == myParsing.LINK_DESTINATION_ANGLES) && nextGreaterThan(index) >= end) {
            return null;
        }
        Matcher m = re.matcher(input);
        m.region(index, end);
        // A match running into the cut might have gone on past it (or met a `$` that is not the end).
        if (!m.find() || (end < length && m.end() == end)) {
            return null;
        }
        index = m.end();
        return m;
    }
}
