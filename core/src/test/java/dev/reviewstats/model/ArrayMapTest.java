package dev.reviewstats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retro cells' map: the order written, lookups, equality with any map, and no change after it is made. */
class ArrayMapTest {
    private static Map<String, String> cells() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("findings", "2I 1S");
        m.put("false positives", "1 (severity)");
        m.put("downgraded", "1 (I→S)");
        return m;
    }

    @Test
    void keepsTheOrderWrittenAndAnswersLookups() {
        Map<String, String> m = ArrayMap.copyOf(cells());
        assertThat(m.keySet()).containsExactly("findings", "false positives", "downgraded");
        assertThat(m.get("false positives")).isEqualTo("1 (severity)");
        assertThat(m.containsKey("dropped")).isFalse();
        assertThat(m.get("dropped")).isNull();
        assertThat(m.getOrDefault("dropped", "-")).isEqualTo("-");
        assertThat(m).hasSize(3);
    }

    @Test
    void equalsAndHashesAsTheMapItCopies() {
        Map<String, String> m = ArrayMap.copyOf(cells());
        assertThat(m).isEqualTo(cells());
        assertThat(cells()).isEqualTo(m);
        assertThat(m.hashCode()).isEqualTo(cells().hashCode());
        assertThat(ArrayMap.copyOf(Map.of())).isEmpty();
    }

    @Test
    void aRecordHoldingItStaysSerializable() throws Exception {
        // The model's records are Serializable; a map inside one must not break that.
        AgentStats stats = new AgentStats(Agent.of("Codex", "GPT 5.5"), null, null, new ToolCalls(3, Map.of("rg", 3)), null, 1, null,
                null, null, null, null, null, cells());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(stats);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            AgentStats back = (AgentStats) in.readObject();
            assertThat(back).isEqualTo(stats);
            assertThat(back.cells().keySet()).containsExactly("findings", "false positives", "downgraded");
        }
    }

    @Test
    void cannotBeChanged() {
        Map<String, String> source = cells();
        Map<String, String> m = ArrayMap.copyOf(source);
        source.put("dropped", "4");
        assertThat(m).hasSize(3);
        assertThatThrownBy(() -> m.put("dropped", "4")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.keySet().remove("findings")).isInstanceOf(UnsupportedOperationException.class);
    }
}
