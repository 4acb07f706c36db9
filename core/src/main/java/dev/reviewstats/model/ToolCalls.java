package dev.reviewstats.model;

import java.util.Map;
import java.util.Objects;

/**
 * An agent's tool calls: {@code 36 (Read 17, Grep 14, Bash 4)}.
 *
 * @param total the total number of calls
 * @param perTool calls per tool name, in the order the report lists them; may not add up to the
 *     total, since reports list only the main tools
 * @serial exclude
 */
public record ToolCalls(int total, Map<String, Integer> perTool) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param total the total number of calls
     * @param perTool calls per tool name, in the order the report lists them; may not add up to the total, since reports list only the main tools
     */
    public ToolCalls {
        Objects.requireNonNull(perTool, "perTool");
        if (total < 0) {
            throw new IllegalArgumentException("negative tool calls");
        }
        perTool = ArrayMap.copyOf(perTool);
    }
}
