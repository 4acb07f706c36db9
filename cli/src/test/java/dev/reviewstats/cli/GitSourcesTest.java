package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewstats.parse.LoadResult;
import dev.reviewstats.parse.ParseCache;
import dev.reviewstats.parse.ReviewLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports read straight from a branch of a git repository ({@code REPOSITORY@REF}): the same answers
 * as a checkout of that ref, blobs served from the cache by id, and a clear usage error for a ref or a
 * repository that is not there.
 */
class GitSourcesTest {
    private static final PersonIdent BOT = new PersonIdent("review bot", "bot@example.org");

    @TempDir
    Path dir;

    Path work;
    Path bare;
    Path checkout;
    RevCommit tip;
    /** The commit that first published the report amended later. */
    RevCommit published;
    /** The amended report's file name. */
    String amendedFile;
    /** The review amended after publication, and the words its amendment put in. */
    String amended;

    /**
     * A repository whose {@code reviews} branch has the samples in three commits: half of them, then
     * the rest with a non-review, then one report amended after publication.
     */
    @BeforeEach
    void repository() throws Exception {
        work = dir.resolve("work");
        List<Path> reports;
        try (Stream<Path> s = Files.list(ReportCommandTest.samples())) {
            reports = s.sorted().toList();
        }
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("reviews").call()) {
            copy(reports.subList(0, reports.size() / 2));
            published = commit(git, "first reviews");
            copy(reports.subList(reports.size() / 2, reports.size()));
            Files.writeString(work.resolve("NOTES.md"), "# Notes\n\nHow the review bot publishes, for the team.\n");
            commit(git, "more reviews, and notes");
            Path md = reports.stream().filter(p -> p.getFileName().toString().endsWith(".md")).findFirst().orElseThrow();
            amendedFile = md.getFileName().toString();
            String text = Files.readString(work.resolve(md.getFileName().toString()));
            java.util.regex.Matcher title = java.util.regex.Pattern.compile("\\*\\*PR\\*\\* \\| #\\d+ — ([^|\n]+?) \\|").matcher(text);
            assertThat(title.find()).as("the sample names its PR's title").isTrue();
            amended = title.group(1) + ", retitled after publication";
            Files.writeString(work.resolve(md.getFileName().toString()), text.replace(title.group(0),
                    title.group(0).replace(title.group(1), amended)));
            tip = commit(git, "amend one report");
        }
        bare = dir.resolve("reports.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setBare(true).setDirectory(bare.toFile()).call().close();
        checkout = dir.resolve("checkout");
        Git.cloneRepository().setURI(bare.toUri().toString()).setBranch("reviews").setDirectory(checkout.toFile()).call().close();
    }

    private void copy(List<Path> files) throws IOException {
        for (Path f : files) {
            Files.copy(f, work.resolve(f.getFileName().toString()));
        }
    }

    private static RevCommit commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor(BOT).setCommitter(BOT).setSign(false).call();
    }

    private String spec() {
        return bare + "@reviews";
    }

    /** An output over the git source, its sources named as the checkout's files are. */
    private String asCheckout(String out) {
        return out.replace(spec() + ":", checkout + "/");
    }

    @Test
    void everyReadingCommandOverTheRefEqualsTheSameCommandOverACheckout() throws IOException {
        List<List<String>> commands = new ArrayList<>(List.of(
                List.of(), List.of("--format", "json"), List.of("--by", "model", "--format", "csv"),
                List.of("findings"), List.of("lint"), List.of("lint", "--summary"),
                List.of("compare"), List.of("rounds"), List.of("value", "--format", "csv")));
        for (String table : List.of("reviews", "agent-reviews", "agent-findings", "findings", "judgements", "resolutions")) {
            commands.add(List.of("table", table, "--format", "jsonl"));
        }
        for (List<String> command : commands) {
            ParseCommandTest.Run fromGit = run(args(command, spec()));
            ParseCommandTest.Run fromFolder = run(args(command, checkout.toString()));
            assertThat(fromGit.exit()).as(command + ": " + fromGit.err()).isEqualTo(fromFolder.exit()).isZero();
            assertThat(asCheckout(fromGit.out())).as(String.join(" ", command)).isEqualTo(fromFolder.out()).isNotBlank();
        }
        // The non-review is skipped the same way from both, named by where it is.
        assertThat(run(spec(), "--no-cache").err()).contains(spec() + ":NOTES.md: skipped (not a review)");
    }

    @Test
    void theChartsAndTheRetroPageOverTheRefAreTheCheckoutsToo() throws IOException {
        Path fromGit = dir.resolve("charts-git");
        Path fromFolder = dir.resolve("charts-folder");
        assertThat(run("charts", "--no-cache", spec(), "-o", fromGit.toString()).exit()).isZero();
        assertThat(run("charts", "--no-cache", checkout.toString(), "-o", fromFolder.toString()).exit()).isZero();
        List<String> names;
        try (Stream<Path> s = Files.list(fromFolder)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(8);
        for (String png : names) {
            assertThat(Files.readAllBytes(fromGit.resolve(png))).as(png).isEqualTo(Files.readAllBytes(fromFolder.resolve(png)));
        }
        Path pageGit = dir.resolve("git.html");
        Path pageFolder = dir.resolve("folder.html");
        assertThat(run("report", "--no-cache", spec(), "-o", pageGit.toString()).exit()).isZero();
        assertThat(run("report", "--no-cache", checkout.toString(), "-o", pageFolder.toString()).exit()).isZero();
        // The pages differ only in the minute they were made.
        String made = "Made \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC";
        assertThat(Files.readString(pageGit).replaceAll(made, "Made"))
                .isEqualTo(Files.readString(pageFolder).replaceAll(made, "Made")).contains("<h2>Leaderboard</h2>");
    }

    @Test
    void eachReviewSourceNamesTheRepositoryTheRefTheCommitAndThePath() throws IOException {
        ParseCommandTest.Run fromGit = run("parse", "--jsonl", "--no-cache", spec());
        ParseCommandTest.Run fromFolder = run("parse", "--jsonl", "--no-cache", checkout.toString());
        assertThat(fromGit.exit()).as(fromGit.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> git = fromGit.out().lines().toList();
        List<String> folder = fromFolder.out().lines().toList();
        assertThat(git).hasSameSizeAs(folder).hasSize(50);
        for (int i = 0; i < git.size(); i++) {
            JsonNode review = json.readTree(git.get(i));
            for (JsonNode source : review.get("sources")) {
                assertThat(source.get("path").asText()).startsWith(spec() + ":").endsWith(review.get("id").asText()
                        + source.get("path").asText().substring(source.get("path").asText().lastIndexOf('.')));
                assertThat(source.get("commit").asText()).isEqualTo(tip.getName());
                ((ObjectNode) source).remove("commit");
            }
            // Apart from where it was read, the review is the same as the checkout's.
            assertThat(asCheckout(json.writeValueAsString(review))).isEqualTo(json.writeValueAsString(json.readTree(folder.get(i))));
        }
        // The amended report is read as the ref has it now.
        assertThat(fromGit.out()).contains("\"title\":\"" + amended + "\"");
    }

    @Test
    void aSecondRunReadsNoBlobAndANewCommitCostsOnlyItsNewBlobs() throws Exception {
        ParseCache cache = ParseCache.at(dir.resolve("cache"));
        ReviewLoader loader = ReviewLoader.create().withCache(cache);
        LoadResult first = loader.load(List.of(Path.of(spec())));
        int blobs;
        try (Stream<Path> s = Files.list(checkout)) {
            blobs = (int) s.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
        assertThat(first.reviews()).hasSize(50);
        assertThat(cache.misses()).isEqualTo(blobs);

        ParseCache again = ParseCache.at(dir.resolve("cache"));
        LoadResult second = ReviewLoader.create().withCache(again).load(List.of(Path.of(spec())));
        assertThat(again.misses()).as("blobs read on the second run").isZero();
        assertThat(again.hits()).isEqualTo(blobs);
        assertThat(second.reviews()).isEqualTo(first.reviews());

        try (Git git = Git.open(work.toFile())) {
            Files.writeString(work.resolve("NOTES.md"), "# Notes\n\nRevised.\n");
            commit(git, "revise the notes");
            git.push().setRemote(bare.toUri().toString()).add("reviews").call();
        }
        ParseCache third = ParseCache.at(dir.resolve("cache"));
        LoadResult after = ReviewLoader.create().withCache(third).load(List.of(Path.of(spec())));
        assertThat(third.misses()).as("blobs read after a commit that changed one file").isOne();
        assertThat(after.reviews()).hasSize(50);
        // Reviews whose blobs did not change are served from the cache yet name the new commit.
        String newTip;
        try (Git git = Git.open(bare.toFile())) {
            newTip = git.getRepository().resolve("reviews").getName();
        }
        assertThat(after.reviews()).allSatisfy(r -> assertThat(r.sources()).allSatisfy(s -> assertThat(s.commit()).isEqualTo(newTip)));
    }

    @Test
    void allCommitsNamesTheReportChangedAfterPublicationAndStillCountsTheRefsVersion() {
        ParseCommandTest.Run plain = run("--no-cache", spec());
        ParseCommandTest.Run all = run("--no-cache", "--all-commits", spec());
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out()).isEqualTo(plain.out());
        String id = amendedFile.replace(".md", "");
        assertThat(all.err()).contains("review-stats: " + spec() + ":" + amendedFile + " (" + id + ") was changed after it was published:"
                + " 1 earlier version (" + published.getName().substring(0, 7) + " ")
                .contains("the version at " + tip.getName().substring(0, 7) + " counts; since the first: no count, verdict or reviewer"
                        + " changed; other details did")
                .contains("review-stats: --all-commits: 1 report(s) changed after publication");
        assertThat(plain.err()).doesNotContain("changed after it was published");

        List<dev.reviewstats.parse.Amendment> amendments = new ArrayList<>();
        ReviewLoader.create().withAllCommits().reduce(List.of(Path.of(spec())), r -> r.id(), new ReviewLoader.Progress() {
            @Override
            public void accept(dev.reviewstats.parse.ParseResult r) {
            }

            @Override
            public void amended(dev.reviewstats.parse.Amendment a) {
                amendments.add(a);
            }
        });
        assertThat(amendments).singleElement().satisfies(a -> {
            assertThat(a.reviewId()).isEqualTo(id);
            assertThat(a.counted()).isEqualTo(tip.getName());
            assertThat(a.earlier()).extracting(dev.reviewstats.parse.Amendment.Version::commit).containsExactly(published.getName());
        });
    }

    @Test
    void gitSourcesOfSeveralRepositoriesMixWithFoldersInOneRun() throws Exception {
        // A second repository, whose reports are on a tag rather than a branch.
        Path other = dir.resolve("other");
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(ParseCommandTest.samples())) {
            fixtures = s.sorted().toList();
        }
        try (Git git = Git.init().setDirectory(other.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(other.resolve("reviews"));
            for (Path f : fixtures.subList(0, 2)) {
                Files.copy(f, other.resolve("reviews").resolve(f.getFileName().toString()));
            }
            commit(git, "two reviews");
            git.tag().setName("published").call();
        }
        ParseCommandTest.Run all = run("table", "reviews", "--format", "csv", "--no-cache", spec(), other + "@published",
                ParseCommandTest.samples().resolve(fixtures.get(2).getFileName().toString()).toString());
        assertThat(all.exit()).as(all.err()).isZero();
        List<Map<String, String>> rows = ParseCommandTest.csvRows(all.out());
        assertThat(rows).hasSize(50 + 3);
        assertThat(rows.stream().map(r -> r.get("review")).distinct().count()).isEqualTo(53);
    }

    @Test
    void aMissingRefOrAFolderThatIsNoRepositoryIsAOneLineUsageError() throws IOException {
        ParseCommandTest.Run noRef = run(bare + "@no-such-branch");
        assertThat(noRef.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(noRef.out()).isEmpty();
        assertThat(noRef.err().lines().toList()).containsExactly("review-stats leaderboard: no ref 'no-such-branch' in " + bare
                + "; its branches and tags: reviews (see --help)");

        Path plain = Files.createDirectories(dir.resolve("plain"));
        ParseCommandTest.Run noRepo = run("table", "reviews", plain + "@reviews");
        assertThat(noRepo.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(noRepo.err().lines().toList()).hasSize(1).first().asString()
                .startsWith("review-stats table: " + plain + " is not a git repository");

        // A folder whose name has an @ in it is a folder, not a git source.
        Path named = Files.createDirectories(dir.resolve("team@2026"));
        Files.copy(ParseCommandTest.samples().resolve("20260105-101500-pr-12.md"), named.resolve("20260105-101500-pr-12.md"));
        assertThat(run("table", "reviews", "--no-cache", named.toString()).out().lines().count()).isEqualTo(2);
    }

    private static String[] args(List<String> command, String path) {
        List<String> all = new ArrayList<>(command);
        all.add("--no-cache");
        all.add(path);
        return all.toArray(String[]::new);
    }
}
