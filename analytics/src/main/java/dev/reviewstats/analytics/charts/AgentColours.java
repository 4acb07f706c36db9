package dev.reviewstats.analytics.charts;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * The colour of each agent in every chart: a family keeps its hue; model versions of the family are
 * shades of it, in the order they appear. Colours are strong enough for a projector.
 */
final class AgentColours {
    private static final Map<String, Color> FAMILIES = Map.of(
            "claude", new Color(0x8E, 0x44, 0xAD),
            "codex", new Color(0x11, 0x8C, 0x4F),
            "gemini", new Color(0x1F, 0x6F, 0xD1),
            "qwen", new Color(0xD3, 0x54, 0x00),
            "glm", new Color(0xC0, 0x39, 0x2B),
            "deepseek", new Color(0x2C, 0x3E, 0x50),
            "gemma", new Color(0x00, 0x83, 0x8F),
            "mistral", new Color(0xB7, 0x95, 0x0B));
    /** Colours for families the palette does not name, handed out in order of first appearance. */
    private static final List<Color> OTHERS = List.of(new Color(0x7F, 0x8C, 0x0D), new Color(0xAD, 0x14, 0x57),
            new Color(0x5D, 0x40, 0x37), new Color(0x45, 0x5A, 0x64), new Color(0x00, 0x6D, 0x77), new Color(0x8D, 0x6E, 0x63));

    private AgentColours() {
    }

    /** Whether the palette has a colour of its own for the family (lower case). */
    static boolean knows(String family) {
        return FAMILIES.containsKey(family);
    }

    /**
     * @param family the agent's family, lower case
     * @param otherIndex for a family the palette does not know, its order of first appearance among
     *     such families; -1 when unknown (a stable colour from the name, which may be shared)
     * @param shade 0 for the family's first model, 1, 2, … for later ones
     */
    static Color of(String family, int otherIndex, int shade) {
        Color base = FAMILIES.containsKey(family) ? FAMILIES.get(family)
                : OTHERS.get(Math.floorMod(otherIndex >= 0 ? otherIndex : family.hashCode(), OTHERS.size()));
        Color c = base;
        for (int i = 0; i < shade; i++) {
            c = blend(c, i % 2 == 0 ? Color.BLACK : Color.WHITE, 0.35);
        }
        return c;
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }
}
