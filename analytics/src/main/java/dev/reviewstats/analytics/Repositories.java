package dev.reviewstats.analytics;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Review;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Repositories for reviews that name none, where the evidence is plain: every review of the same
 * folder that names a repository names the same one. A review it cannot place keeps no repository,
 * and callers name it (a repository filter or breakdown never drops it silently).
 */
public final class Repositories {
    private Repositories() {
    }

    /** The outcome of placing reviews: the reviews (placed ones carry the repository and an RS206 note), and the ids of each kind. */
    public record Placement(List<Review> reviews, List<String> placed, List<String> unplaced) {
        /**
         * Copies the lists.
         *
         * @param reviews the reviews, placed ones with their repository
         * @param placed ids of the reviews placed
         * @param unplaced ids of the reviews that name no repository and could not be placed
         */
        public Placement {
            reviews = List.copyOf(reviews);
            placed = List.copyOf(placed);
            unplaced = List.copyOf(unplaced);
        }
    }

    /**
     * The inferred repository by review id, for reviews that name none and can be placed.
     *
     * @param reviews the reviews
     * @return repository by review id
     */
    public static Map<String, String> inferred(List<Review> reviews) {
        Map<String, Set<String>> named = new LinkedHashMap<>();
        for (Review r : reviews) {
            if (!r.repository().isEmpty()) {
                named.computeIfAbsent(folder(r), k -> new TreeSet<>()).add(r.repository());
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (Review r : reviews) {
            Set<String> candidates = named.getOrDefault(folder(r), Set.of());
            if (r.repository().isEmpty() && candidates.size() == 1) {
                out.put(r.id(), candidates.iterator().next());
            }
        }
        return out;
    }

    /**
     * Places what can be placed.
     *
     * @param reviews the reviews
     * @return the placement
     */
    public static Placement place(List<Review> reviews) {
        Map<String, String> inferred = inferred(reviews);
        List<Review> out = new ArrayList<>();
        List<String> placed = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (Review r : reviews) {
            String repo = inferred.get(r.id());
            if (repo != null) {
                out.add(r.withInferredRepository(repo, Diagnostic.of(DiagnosticCode.REPOSITORY_INFERRED, "repository " + repo
                        + " taken from the other reviews of the same folder", 0)));
                placed.add(r.id());
            } else {
                out.add(r);
                if (r.repository().isEmpty()) {
                    unplaced.add(r.id());
                }
            }
        }
        return new Placement(out, placed, unplaced);
    }

    private static String folder(Review r) {
        if (r.sources().isEmpty()) {
            return "";
        }
        String p = r.sources().get(0).path();
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return slash < 0 ? "" : p.substring(0, slash);
    }
}
