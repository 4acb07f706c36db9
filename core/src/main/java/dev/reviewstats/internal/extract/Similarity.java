package dev.reviewstats.internal.extract;

import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Location;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How alike two findings are, on the evidence a reader uses: the same file at nearby lines, shared
 * title words, and shared code identifiers (the names in backticks, which survive rewording). Agents'
 * titles and the consolidated titles are written by different hands, so no single signal is enough:
 * the score adds them, and a link needs {@link #LINK_THRESHOLD}.
 */
final class Similarity {
    /** The lowest score that links two findings: a shared file alone is not enough, nor a word or two. */
    static final double LINK_THRESHOLD = 0.34;
    private static final double SAME_FILE = 0.25;
    private static final double NEAR_LINES = 0.25;
    private static final double IDENTIFIERS = 0.5;
    private static final int NEAR = 12;
    /** Identifiers shorter than this are too common to tell findings apart ({@code id}, {@code ctx}). */
    private static final int MIN_IDENTIFIER = 4;
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "when", "not", "are", "was", "from",
            "into", "that", "this", "its", "but", "can", "has", "have", "does", "doesn", "than", "then", "use", "uses",
            "used", "may", "after", "before", "only", "all", "any", "one", "two", "new", "via", "per", "out", "without");

    /**
     * Each finding's word sets, made once: one parse compares every finding of an agent's own review
     * with every consolidated finding, and tokenising both for each pair made that the parse's cost.
     */
    private final Map<Finding, Profile> profiles = new IdentityHashMap<>();
    /** The same for statements: one statement is set beside every candidate finding. */
    private final Map<String, Set<String>> statements = new HashMap<>();

    /** A memo for one ledger's comparisons; not shared between parses (not thread-safe). */
    Similarity() {
    }

    /** A finding's words and code names, each made when first asked for. */
    private static final class Profile {
        private final Finding finding;
        private List<String> baseNames;
        private Set<String> titleWords;
        private Set<String> names;
        private Set<String> own;
        private Set<String> body;

        Profile(Finding finding) {
            this.finding = finding;
        }

        /** Each location's file name, lower-cased, in the locations' order. */
        List<String> baseNames() {
            if (baseNames == null) {
                baseNames = finding.locations().stream().map(l -> baseName(l.path())).toList();
            }
            return baseNames;
        }

        Set<String> titleWords() {
            if (titleWords == null) {
                titleWords = words(finding.title());
            }
            return titleWords;
        }

        /** The code names of the title and text together: a pair of backticks may span the two. */
        Set<String> names() {
            if (names == null) {
                names = identifiers(finding.title() + "\n" + finding.body());
            }
            return names;
        }

        Set<String> own() {
            if (own == null) {
                own = words(finding.title());
                own.addAll(identifiers(finding.title()));
            }
            return own;
        }

        Set<String> body() {
            if (body == null) {
                body = identifiers(finding.body());
                body.addAll(words(finding.body()));
            }
            return body;
        }
    }

    private Profile profile(Finding f) {
        return profiles.computeIfAbsent(f, Profile::new);
    }

    /** Location evidence plus title words plus code identifiers. */
    double score(Finding a, Finding b) {
        return location(a, b) + wording(a, b);
    }

    /** How alike two findings are worded: title words and code identifiers, without their locations. */
    double wording(Finding a, Finding b) {
        Profile x = profile(a);
        Profile y = profile(b);
        return jaccard(x.titleWords(), y.titleWords()) + IDENTIFIERS * jaccard(x.names(), y.names());
    }

    /** How well a statement's words ({@code pendingLocale race}, a quoted title) describe a finding. */
    double describes(String statement, Finding f) {
        Set<String> said = statements.computeIfAbsent(statement, t -> {
            Set<String> all = words(t);
            all.addAll(identifiers(t));
            return all;
        });
        if (said.isEmpty()) {
            return 0;
        }
        Profile p = profile(f);
        double common = 0;
        for (String w : said) {
            common += p.own().contains(w) ? 1 : p.body().contains(w) ? 0.5 : 0;
        }
        return common / said.size();
    }

    private double location(Finding a, Finding b) {
        double loc = 0;
        List<String> as = profile(a).baseNames();
        List<String> bs = profile(b).baseNames();
        for (int i = 0; i < as.size(); i++) {
            Location x = a.locations().get(i);
            for (int k = 0; k < bs.size(); k++) {
                Location y = b.locations().get(k);
                if (!as.get(i).equals(bs.get(k))) {
                    continue;
                }
                double here = SAME_FILE;
                if (x.hasLines() && y.hasLines() && x.startLine() <= y.endLine() + NEAR && y.startLine() <= x.endLine() + NEAR) {
                    here += NEAR_LINES;
                }
                loc = Math.max(loc, here);
            }
        }
        return loc;
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return (slash < 0 ? path : path.substring(slash + 1)).toLowerCase(Locale.ROOT);
    }

    static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= title.length(); i++) {
            char c = i < title.length() ? title.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                String word = stem(w.toString());
                if (word.length() >= 3 && !STOP.contains(word)) {
                    out.add(word);
                }
                w.setLength(0);
            }
        }
        return out;
    }

    /**
     * The code names a text cites in backticks ({@code `portTracker.Add`} gives {@code porttracker.add},
     * {@code porttracker} and {@code add}), lower-cased; what a rewording keeps.
     */
    static Set<String> identifiers(String text) {
        Set<String> out = new HashSet<>();
        int open = text.indexOf('`');
        while (open >= 0) {
            int close = text.indexOf('`', open + 1);
            if (close < 0) {
                break;
            }
            String code = text.substring(open + 1, close).strip();
            if (!code.isEmpty() && code.length() <= 80 && code.indexOf('\n') < 0) {
                addIdentifier(code.toLowerCase(Locale.ROOT), out);
            }
            open = text.indexOf('`', close + 1);
        }
        return out;
    }

    private static void addIdentifier(String code, Set<String> out) {
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= code.length(); i++) {
            char c = i < code.length() ? code.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '_') {
                part.append(c);
            } else {
                if (part.length() >= MIN_IDENTIFIER) {
                    out.add(part.toString());
                }
                part.setLength(0);
            }
        }
    }

    /** A crude stem, enough that "directory" meets "directories" and "fails" meets "failing". */
    private static String stem(String w) {
        String[] endings = {"ies", "ing", "ed", "es", "s"};
        for (String e : endings) {
            if (w.length() > e.length() + 3 && w.endsWith(e)) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            common += b.contains(w) ? 1 : 0;
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
