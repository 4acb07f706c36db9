package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.CodeBlock;
import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.RawHtml;
import dev.reviewstats.internal.outline.TableBlock;
import java.util.List;

/** Renders outline blocks as plain text, for bodies and prose items. */
final class BlockText {

    private BlockText() {
    }

    static String of(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            append(b, sb, "");
        }
        return sb.toString().strip();
    }

    static String of(Block block) {
        StringBuilder sb = new StringBuilder();
        append(block, sb, "");
        return sb.toString().strip();
    }

    /**
     * A head as one line of plain text, without its number (a list marker, not part of the item):
     * title, tags, locations, text, agents.
     */
    static String head(FindingHeadBlock h) {
        String tags = h.tags().isEmpty() ? "" : " (" + String.join(", ", h.tags()) + ")";
        String agents = h.agents().isEmpty() ? "" : " [" + String.join(", ", h.agents()) + "]";
        String locations = h.locations().isEmpty() ? "" : " — " + String.join(", ", h.locations());
        String text = h.text().isBlank() ? "" : ": " + Inline.plain(h.text());
        return Inline.plain(h.title()) + tags + locations + text + agents;
    }

    private static void append(Block b, StringBuilder sb, String indent) {
        if (b instanceof Paragraph p) {
            sb.append(indent).append(Inline.plain(p.text().replace("\n", " "))).append("\n\n");
        } else if (b instanceof FindingHeadBlock h) {
            String number = h.number().isEmpty() ? "" : withoutStops(h.number()) + ". ";
            sb.append(indent).append(number).append(head(h)).append("\n\n");
        } else if (b instanceof CodeBlock c) {
            sb.append(c.code().stripTrailing()).append("\n\n");
        } else if (b instanceof ListBlock l) {
            for (ListItem item : l.items()) {
                sb.append(indent).append(l.ordered() ? item.number() + ". " : "- ")
                        .append(Inline.plain(item.text().replace("\n", " "))).append('\n');
                for (Block c : item.children()) {
                    append(c, sb, indent + "  ");
                }
            }
            sb.append('\n');
        } else if (b instanceof TableBlock t) {
            sb.append(String.join(" | ", t.header())).append('\n');
            for (List<String> row : t.rows()) {
                sb.append(Inline.plain(String.join(" | ", row))).append('\n');
            }
            sb.append('\n');
        } else if (b instanceof RawHtml) {
            return;
        }
    }

    /** A number without the stops that end it, {@code 2.} and {@code I1)} written {@code 2} and {@code I1}. */
    static String withoutStops(String number) {
        for (int end = number.length(); end >= number.length() - 2 && end > 0; end--) {
            if (!CharClass.isInputEnd(number, end) || !isStop(number.charAt(end - 1))) {
                continue;
            }
            int start = end - 1;
            while (start > 0 && isStop(number.charAt(start - 1))) {
                start--;
            }
            return number.substring(0, start) + number.substring(end);
        }
        return number;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == ':' || c == ')';
    }
}
