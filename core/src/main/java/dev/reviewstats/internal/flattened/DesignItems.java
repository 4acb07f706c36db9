package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import java.util.List;
import java.util.Optional;

/**
 * Design observations in flattened text, whose bold titles and pills are gone. Extractors write an
 * item as "1. Title — path:12 Claude Codex (future). Text…" or "• Title Claude. Text…" or
 * "Title (in-scope): text Claude", and those that wrap long lines (w3m, lynx, html2text) continue it
 * on indented lines, where the scope may stand. An item is read whole into a
 * {@link FindingHeadBlock}: number, title, scope as a tag, the agents, and its text; an item with no
 * title of its own is read whole as a list item.
 */
final class DesignItems {
    private static final String BOLD = "**";

    /** An item read, and the line after it. */
    record Read(Block block, int next) {
    }

    private DesignItems() {
    }

    /** Reads the item starting at line {@code i}, or says there is none. */
    static Optional<Read> read(FlatRead r, int i) {
        FlatLines lines = r.lines;
        String first = lines.clean(i);
        if (first.startsWith(BOLD)) {
            return Optional.empty();
        }
        LineGrammar.Marker marker = LineGrammar.marker(first);
        boolean marked = marker != null;
        int next = marked ? wrappedEnd(lines, i) : i + 1;
        StringBuilder joined = new StringBuilder(first);
        for (int j = i + 1; j < next; j++) {
            joined.append(' ').append(lines.clean(j));
        }
        String number = marked && marker.number() != null ? marker.number() : "";
        String rest = marked ? joined.substring(marker.end()) : joined.toString();
        String titlePart;
        String text;
        List<String> tags;
        LineGrammar.Scoped scoped = LineGrammar.scoped(rest);
        if (scoped != null) {
            titlePart = scoped.title();
            text = scoped.text().strip();
            tags = List.of(scoped.scope());
        } else if (!marked) {
            return Optional.empty();
        } else {
            int[] stop = LineGrammar.sentenceEnd(rest);
            int[] dash = Inline.spacedDash(rest);
            String[] sentence = stop == null ? new String[] {rest} : new String[] {rest.substring(0, stop[0]), rest.substring(stop[1])};
            String[] dashed = dash == null ? new String[] {rest} : new String[] {rest.substring(0, dash[0]), rest.substring(dash[1])};
            if (sentence.length == 2 && r.agents.trailing(sentence[0]).isPresent()) {
                // "Title Claude. Text": the names end the title.
                titlePart = sentence[0];
                text = sentence[1].strip();
            } else if (dashed.length == 2 && r.agents.trailing(dashed[1]).isPresent()) {
                // "Title — text … Claude Codex": the names end the item.
                titlePart = dashed[0];
                text = dashed[1].strip();
            } else if (r.agents.trailing(rest).isPresent()) {
                // "Title. Text … Claude Codex", or a title and the names alone.
                titlePart = sentence.length == 2 ? sentence[0] : rest;
                text = sentence.length == 2 ? sentence[1].strip() : "";
            } else {
                // An item with no title of its own: read whole, so that its wrapped lines stay one item.
                ListItem item = ListItem.ofInline(number.isEmpty() ? 0 : Math.max(0, Counts.intOrMinusOne(number)), rest, List.of(), i + 1);
                return Optional.of(new Read(new ListBlock(!number.isEmpty(), List.of(item), i + 1), next));
            }
            tags = List.of();
        }
        List<String> agents = List.of();
        Optional<Attributions.Named> named = r.agents.trailing(titlePart);
        if (named.isPresent()) {
            agents = named.get().agents();
            titlePart = named.get().text();
        } else {
            Optional<Attributions.Named> atEnd = r.agents.trailing(text, 0);
            if (atEnd.isPresent()) {
                agents = atEnd.get().agents();
                text = atEnd.get().text();
            }
        }
        int tail = LineGrammar.locationTail(titlePart);
        String title = (tail < 0 ? titlePart : titlePart.substring(0, tail)).strip();
        return Optional.of(new Read(new FindingHeadBlock(number, title, List.of(), agents, tags, false, text, i + 1), next));
    }

    /** The line after an item's wrapped lines: indented deeper than the item, not blank, no new item. */
    private static int wrappedEnd(FlatLines lines, int i) {
        int indent = indentation(lines.raw(i));
        int j = i + 1;
        while (j < lines.size() && !lines.isBlank(j) && indentation(lines.raw(j)) > indent
                && LineGrammar.marker(lines.clean(j)) == null) {
            j++;
        }
        return j;
    }

    private static int indentation(String raw) {
        int k = 0;
        while (k < raw.length() && Character.isWhitespace(raw.charAt(k))) {
            k++;
        }
        return k;
    }
}
