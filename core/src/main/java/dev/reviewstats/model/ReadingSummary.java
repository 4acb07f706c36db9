package dev.reviewstats.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How much of one review was read: the sections recognised, the statements about agents' findings
 * placed, the ledger entries linked by a statement, by a match or not at all, and what was not read,
 * by diagnostic code. {@link Review#reading()} derives it.
 *
 * @param sectionsRecognised known sections present (read, or saying "None")
 * @param statementsPlaced statements about agents' findings that were read (reconciliation clauses,
 *     calibration notes, id maps, retro remarks)
 * @param linkedByStatement ledger entries a statement links
 * @param linkedByMatch ledger entries the parser matched to a consolidated finding
 * @param unlinked ledger entries linked to nothing in a report where that leaves their fate unknown
 * @param unread diagnostics that say something was not read, counted by code
 * @serial exclude
 */
public record ReadingSummary(
        int sectionsRecognised,
        int statementsPlaced,
        int linkedByStatement,
        int linkedByMatch,
        int unlinked,
        Map<DiagnosticCode, Integer> unread) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param sectionsRecognised known sections present
     * @param statementsPlaced statements about agents' findings that were read
     * @param linkedByStatement ledger entries a statement links
     * @param linkedByMatch ledger entries matched to a consolidated finding
     * @param unlinked ledger entries linked to nothing
     * @param unread diagnostics that say something was not read, by code
     */
    public ReadingSummary {
        Objects.requireNonNull(unread, "unread");
        if (sectionsRecognised < 0 || statementsPlaced < 0 || linkedByStatement < 0 || linkedByMatch < 0 || unlinked < 0) {
            throw new IllegalArgumentException("negative count");
        }
        unread = Collections.unmodifiableMap(new TreeMap<>(unread));
    }

    /**
     * Whether everything the parser met was read.
     *
     * @return whether no diagnostic says something was not read
     */
    public boolean complete() {
        return unread.isEmpty();
    }

    /**
     * Derives the summary of a review.
     *
     * @param r the review
     * @return its reading summary
     */
    static ReadingSummary of(Review r) {
        int sections = 0;
        for (SectionState s : r.sections().values()) {
            sections += s == SectionState.PRESENT || s == SectionState.NONE ? 1 : 0;
        }
        int statements = 0;
        for (Judgement j : r.judgements()) {
            statements += j.source() == JudgementSource.APPENDIX ? 0 : 1;
        }
        int stated = 0;
        int matched = 0;
        int unlinked = 0;
        for (LedgerEntry e : r.ledger()) {
            stated += e.link() == Link.STATED ? 1 : 0;
            matched += e.link() == Link.MATCHED ? 1 : 0;
            unlinked += e.fate() == Fate.UNLINKED ? 1 : 0;
        }
        Map<DiagnosticCode, Integer> unread = new TreeMap<>();
        for (Diagnostic d : r.diagnostics()) {
            if (d.code().meansUnread()) {
                unread.merge(d.code(), 1, Integer::sum);
            }
        }
        return new ReadingSummary(sections, statements, stated, matched, unlinked, unread);
    }
}
