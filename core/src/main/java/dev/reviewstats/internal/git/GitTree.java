package dev.reviewstats.internal.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;

/**
 * The files of one commit's tree in a git repository, named on the command line as
 * {@code REPOSITORY@REF} ({@code ../lima.git@reviews}, {@code ../lima@origin/reviews}, a tag or a
 * commit id), read from the object store: no checkout, no working tree, no network. Safe for
 * concurrent reads of blobs (each read opens its own object reader); close it when done.
 */
public final class GitTree implements AutoCloseable {
    private static final char REF_SEPARATOR = '@';

    private final Repository repository;
    private final String spec;
    private final String ref;
    private final RevCommit commit;

    /**
     * One file of the tree.
     *
     * @param path its path in the tree, {@code /}-separated
     * @param blob its blob id (hex)
     * @param size its size in bytes
     */
    public record Entry(String path, String blob, long size) {
    }

    private GitTree(Repository repository, String spec, String ref, RevCommit commit) {
        this.repository = repository;
        this.spec = spec;
        this.ref = ref;
        this.commit = commit;
    }

    /**
     * Opens {@code argument} as {@code REPOSITORY@REF} when it is one: not an existing path, and the
     * part before its last {@code @} an existing folder.
     *
     * @param argument a path argument as given
     * @return the tree, or empty when the argument is no git source (an ordinary path)
     * @throws IllegalArgumentException when the folder is no git repository or the ref names no commit
     *     in it; the message is one line, fit for a usage error
     */
    public static Optional<GitTree> open(String argument) {
        int at = argument.lastIndexOf(REF_SEPARATOR);
        if (at <= 0 || at == argument.length() - 1 || Files.exists(Path.of(argument))) {
            return Optional.empty();
        }
        String repoPart = argument.substring(0, at);
        String ref = argument.substring(at + 1);
        Path folder = Path.of(repoPart);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        File gitDir = RepositoryCache.FileKey.resolve(folder.toFile(), FS.DETECTED);
        if (gitDir == null) {
            throw new IllegalArgumentException(repoPart + " is not a git repository (" + argument
                    + " reads REF of the repository REPOSITORY@REF names)");
        }
        Repository repo = null;
        try {
            repo = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
            ObjectId id = resolve(repo, ref);
            if (id == null) {
                throw new IllegalArgumentException("no ref '" + ref + "' in " + repoPart + "; its branches and tags: " + refs(repo));
            }
            RevCommit commit;
            try (RevWalk walk = new RevWalk(repo)) {
                commit = walk.parseCommit(id);
            }
            GitTree tree = new GitTree(repo, argument, ref, commit);
            repo = null;
            return Optional.of(tree);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the git repository " + repoPart + ": " + e.getMessage(), e);
        } finally {
            if (repo != null) {
                repo.close();
            }
        }
    }

    private static ObjectId resolve(Repository repo, String ref) throws IOException {
        try {
            return repo.resolve(ref + "^{commit}");
        } catch (RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException
                | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return null;
        }
    }

    private static String refs(Repository repo) throws IOException {
        List<String> names = new ArrayList<>();
        for (Ref r : repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) {
            names.add(Repository.shortenRefName(r.getName()));
        }
        for (Ref r : repo.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES)) {
            names.add(Repository.shortenRefName(r.getName()));
        }
        for (Ref r : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            names.add(Repository.shortenRefName(r.getName()));
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /**
     * What the command line named: {@code REPOSITORY@REF}.
     *
     * @return the argument as given
     */
    public String spec() {
        return spec;
    }

    /**
     * The ref as given.
     *
     * @return the ref
     */
    public String ref() {
        return ref;
    }

    /**
     * The commit the ref points at.
     *
     * @return its id, 40 hex digits
     */
    public String commit() {
        return commit.getName();
    }

    /**
     * The files of the commit's tree whose path {@code wanted} accepts; hidden folders (a name
     * starting with a dot) are not entered, as in a folder walk.
     *
     * @param wanted which paths to list
     * @return the files in tree order
     * @throws IOException when the object store cannot be read
     */
    public List<Entry> entries(Predicate<String> wanted) throws IOException {
        return entriesAt(commit, wanted);
    }

    private List<Entry> entriesAt(RevCommit at, Predicate<String> wanted) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.addTree(at.getTree());
            walk.setRecursive(false);
            while (walk.next()) {
                if (walk.getNameString().startsWith(".")) {
                    continue;
                }
                if (walk.isSubtree()) {
                    walk.enterSubtree();
                    continue;
                }
                if ((walk.getRawMode(0) & org.eclipse.jgit.lib.FileMode.TYPE_MASK) != org.eclipse.jgit.lib.FileMode.TYPE_FILE
                        || !wanted.test(walk.getPathString())) {
                    continue;
                }
                ObjectId id = walk.getObjectId(0);
                out.add(new Entry(walk.getPathString(), id.getName(), reader.getObjectSize(id, Constants.OBJ_BLOB)));
            }
        }
        return out;
    }

    /**
     * Every earlier version of the files at the ref that {@code wanted} accepts, along the ref's
     * first-parent history: for each file changed since it was first committed, its earlier contents,
     * newest first, each with the commit that introduced it. The version at the ref is not included.
     *
     * @param wanted which paths to follow
     * @return path to its earlier versions (newest first); files never changed are left out
     * @throws IOException when the object store cannot be read
     */
    public java.util.Map<String, List<Version>> earlierVersions(Predicate<String> wanted) throws IOException {
        java.util.Map<String, String> current = new java.util.HashMap<>();
        for (Entry e : entries(wanted)) {
            current.put(e.path(), e.blob());
        }
        java.util.Map<String, List<Version>> out = new java.util.TreeMap<>();
        // Each commit is compared with its first parent, so only the paths it changed are visited:
        // the history costs what changed in it, not its commits times the files of the tree.
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(commit));
            for (RevCommit c : walk) {
                java.time.LocalDate date = java.time.Instant.ofEpochSecond(c.getCommitTime()).atZone(java.time.ZoneOffset.UTC).toLocalDate();
                try (TreeWalk changed = new TreeWalk(reader)) {
                    changed.setRecursive(true);
                    if (c.getParentCount() > 0) {
                        RevCommit parent = c.getParent(0);
                        walk.parseHeaders(parent);
                        changed.addTree(parent.getTree());
                    } else {
                        changed.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
                    }
                    changed.addTree(c.getTree());
                    changed.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
                    while (changed.next()) {
                        String path = changed.getPathString();
                        if (!current.containsKey(path)
                                || (changed.getRawMode(1) & org.eclipse.jgit.lib.FileMode.TYPE_MASK) != org.eclipse.jgit.lib.FileMode.TYPE_FILE) {
                            // Not a report at the ref, or deleted (or no file) at this commit.
                            continue;
                        }
                        ObjectId id = changed.getObjectId(1);
                        List<Version> versions = out.get(path);
                        if (versions == null) {
                            // The newest change of the path made the contents at the ref: the versions before it are earlier.
                            out.put(path, new ArrayList<>());
                            continue;
                        }
                        versions.add(new Version(c.getName(), date, new Entry(path, id.getName(), reader.getObjectSize(id, Constants.OBJ_BLOB))));
                    }
                }
            }
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /**
     * A file as it was at an earlier commit.
     *
     * @param commit the commit that introduced these contents (40 hex digits)
     * @param date the commit's date (UTC)
     * @param entry the file then
     */
    public record Version(String commit, java.time.LocalDate date, Entry entry) {
    }

    /**
     * Reads one blob, at most {@code max} bytes of it plus one (so that the caller sees it was too large).
     *
     * @param blob the blob id (hex)
     * @param max the largest size read whole
     * @return its bytes
     * @throws IOException when the object store cannot be read
     */
    public byte[] read(String blob, long max) throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            ObjectLoader loader = reader.open(ObjectId.fromString(blob), Constants.OBJ_BLOB);
            if (loader.getSize() > max) {
                try (java.io.InputStream in = loader.openStream()) {
                    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                }
            }
            return loader.getCachedBytes();
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
