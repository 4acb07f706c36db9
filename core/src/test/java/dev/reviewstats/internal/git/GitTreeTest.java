package dev.reviewstats.internal.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ref's tree and its files' earlier versions, read from a repository the test builds. */
class GitTreeTest {
    private static final PersonIdent BOT = new PersonIdent("bot", "bot@example.org");

    @TempDir
    Path dir;

    private RevCommit commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").setUpdate(false).call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(BOT).setCommitter(BOT).setSign(false).call();
    }

    private void write(String path, String text) throws Exception {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void earlierVersionsNameTheCommitThatIntroducedEachContentNewestFirst() throws Exception {
        RevCommit one;
        RevCommit two;
        RevCommit three;
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("reviews").call()) {
            write("a.md", "A");
            write("kept.md", "K");
            write("gone.md", "G1");
            write(".hidden/x.md", "H1");
            one = commit(git, "one");
            write("a.md", "B");
            write("gone.md", "G2");
            write(".hidden/x.md", "H2");
            two = commit(git, "two");
            write("a.md", "A");
            Files.delete(dir.resolve("gone.md"));
            write("notes.txt", "N");
            three = commit(git, "three");
        }
        try (GitTree tree = GitTree.open(dir + "@reviews").orElseThrow()) {
            assertThat(tree.commit()).isEqualTo(three.getName());
            assertThat(tree.entries(p -> p.endsWith(".md") || p.endsWith(".txt"))).extracting(GitTree.Entry::path)
                    .containsExactly("a.md", "kept.md", "notes.txt");
            Map<String, List<GitTree.Version>> earlier = tree.earlierVersions(p -> p.endsWith(".md"));
            // a.md went A, B, A: two earlier versions, each at the commit that wrote it. kept.md never changed;
            // gone.md is not at the ref; the hidden folder is not read.
            assertThat(earlier.keySet()).containsExactly("a.md");
            assertThat(earlier.get("a.md")).extracting(GitTree.Version::commit).containsExactly(two.getName(), one.getName());
            assertThat(new String(tree.read(earlier.get("a.md").get(0).entry().blob(), 100), StandardCharsets.UTF_8)).isEqualTo("B");
        }
    }

    @Test
    void anOrdinaryPathIsNoGitSourceAndAMissingRefSaysWhichThereAre() throws Exception {
        assertThat(GitTree.open(dir.toString())).isEmpty();
        assertThat(GitTree.open(dir.resolve("nowhere") + "@main")).isEmpty();
        Files.createDirectories(dir.resolve("team@2026"));
        assertThat(GitTree.open(dir.resolve("team@2026").toString())).isEmpty();
        assertThatThrownBy(() -> GitTree.open(dir + "@reviews")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(dir + " is not a git repository");
        try (Git git = Git.init().setDirectory(dir.resolve("repo").toFile()).setInitialBranch("main").call()) {
            Files.writeString(dir.resolve("repo/r.md"), "x");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("m").setAuthor(BOT).setCommitter(BOT).setSign(false).call();
            git.tag().setName("v1").call();
        }
        assertThatThrownBy(() -> GitTree.open(dir.resolve("repo") + "@reviews")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no ref 'reviews' in " + dir.resolve("repo") + "; its branches and tags: main, v1");
        try (GitTree tag = GitTree.open(dir.resolve("repo") + "@v1").orElseThrow()) {
            assertThat(tag.entries(p -> true)).extracting(GitTree.Entry::path).containsExactly("r.md");
        }
    }
}
