package org.journey.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;


/**
 * The .journey files of a git repository, read with JGit (no git executable): at a revision, from
 * its tree, or in the work tree, where files git ignores are left out (build output). A bad
 * revision or a path outside the repository is an IllegalArgumentException: the command line
 * prints its message and exits 2.
 */
final class GitTrees implements AutoCloseable {

	private final Repository repository;
	private final Path workTree;

	private GitTrees(Repository repository) {
		this.repository = repository;
		this.workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
	}

	/** The repository that holds {@code folder} (or a folder above it). */
	static GitTrees open(Path folder) throws IOException {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
				.findGitDir(folder.toAbsolutePath().normalize().toFile());
		if (builder.getGitDir() == null) {
			throw new IllegalArgumentException("--git: " + folder.toAbsolutePath().normalize()
					+ " is not in a git repository (no .git folder here or above)");
		}
		Repository repository = builder.setMustExist(true).build();
		if (repository.isBare()) {
			repository.close();
			throw new IllegalArgumentException("--git: " + builder.getGitDir() + " is a bare repository");
		}
		return new GitTrees(repository);
	}

	Path workTree() {
		return workTree;
	}

	/**
	 * The paths relative to the work tree, with '/' (empty for the whole tree); fails for a path
	 * outside it.
	 */
	List<String> relative(List<Path> paths) {
		List<String> relative = new ArrayList<>();
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			if (!absolute.startsWith(workTree)) {
				throw new IllegalArgumentException(path + " is outside the repository at " + workTree);
			}
			String inside = workTree.relativize(absolute).toString().replace(File.separatorChar, '/');
			if (inside.isEmpty()) {
				return List.of();
			}
			relative.add(inside);
		}
		return relative;
	}

	/** The commit a revision names (HEAD, main, a tag, HEAD~2, an abbreviated id). */
	RevCommit commit(String revision) throws IOException {
		ObjectId id;
		try {
			id = repository.resolve(revision + "^{commit}");
		} catch (RevisionSyntaxException | IOException e) {
			id = null;
		}
		if (id == null) {
			throw new IllegalArgumentException("unknown revision '" + revision + "' in " + workTree
					+ " (a commit, branch or tag, e.g. HEAD, main, HEAD~1)");
		}
		try (RevWalk walk = new RevWalk(repository)) {
			return walk.parseCommit(id);
		}
	}

	/** The .journey files below {@code paths} at {@code commit}, named {@code label:path}. */
	List<Workspace.Content> files(RevCommit commit, List<String> paths, String label) throws IOException {
		List<Workspace.Content> files = new ArrayList<>();
		try (TreeWalk walk = new TreeWalk(repository)) {
			walk.addTree(commit.getTree());
			walk.setRecursive(true);
			if (!paths.isEmpty()) {
				walk.setFilter(PathFilterGroup.createFromStrings(paths));
			}
			while (walk.next()) {
				String path = walk.getPathString();
				if (path.endsWith(Workspace.EXTENSION)) {
					byte[] bytes = repository.open(walk.getObjectId(0)).getBytes();
					files.add(new Workspace.Content(workTree.resolve(path), label + ":" + path, bytes));
				}
			}
		}
		return files;
	}

	/** The .journey files below {@code paths} in the work tree, but those git ignores. */
	List<Path> workTreeFiles(List<String> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		try (TreeWalk walk = new TreeWalk(repository)) {
			walk.addTree(new FileTreeIterator(repository));
			walk.setRecursive(false);
			if (!paths.isEmpty()) {
				walk.setFilter(PathFilterGroup.createFromStrings(paths));
			}
			while (walk.next()) {
				WorkingTreeIterator entry = walk.getTree(0, WorkingTreeIterator.class);
				if (entry.isEntryIgnored()) {
					continue;
				}
				if (walk.isSubtree()) {
					walk.enterSubtree();
				} else if (walk.getPathString().endsWith(Workspace.EXTENSION)) {
					files.add(workTree.resolve(walk.getPathString()));
				}
			}
		}
		return files;
	}

	@Override
	public void close() {
		repository.close();
	}
}
