package dev.reviewstats.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AliasSpecTest {
    @Test
    void splitsAtTheFirstEqualsSignAndStripsEachSide() {
        assertEquals(Map.entry("Sonnet", "Claude"), FamilyAliases.parse(" Sonnet = Claude "));
        assertEquals(Map.entry("GPT 5.6 Turbo", "GPT=5.6 Sol"), ModelAliases.parse("GPT 5.6 Turbo=GPT=5.6 Sol"));
    }

    @Test
    void namesTheExpectedShapeWhenASideIsMissing() {
        assertEquals("'=Claude' is not ALIAS=FAMILY",
                assertThrows(IllegalArgumentException.class, () -> FamilyAliases.parse("=Claude")).getMessage());
        assertEquals("'GPT 5.6=' is not NAME=MODEL",
                assertThrows(IllegalArgumentException.class, () -> ModelAliases.parse("GPT 5.6=")).getMessage());
        assertEquals("'Sonnet' is not ALIAS=FAMILY",
                assertThrows(IllegalArgumentException.class, () -> FamilyAliases.parse("Sonnet")).getMessage());
    }
}
