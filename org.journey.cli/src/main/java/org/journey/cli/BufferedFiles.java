package org.journey.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.journey.dsl.generator.ForwardingFileSystemAccess;

/**
 * What the generator writes for one file of the workspace, held in memory until it is that file's
 * turn to be written: files are generated on several threads but written in the workspace's order,
 * so the output folder and the list of written files are the same whatever the thread count.
 * Reads go on to the output folder (nothing reads what the same run is writing).
 */
final class BufferedFiles extends ForwardingFileSystemAccess {

	private record Write(String fileName, byte[] bytes) {
	}

	private final OutputFolder folder;
	private final List<Write> writes = new ArrayList<>();

	BufferedFiles(OutputFolder folder) {
		super(folder);
		this.folder = folder;
	}

	/** Writes (or deletes) what was generated into the output folder, in the order it was generated. */
	void writeTo(OutputFolder target) {
		for (Write write : writes) {
			if (write.bytes == null) {
				target.deleteFile(write.fileName);
			} else {
				target.generateFile(write.fileName, new ByteArrayInputStream(write.bytes));
			}
		}
	}

	@Override
	public void generateFile(String fileName, CharSequence contents) {
		// refused names fail on the generating thread, where the generator's context is still known
		folder.resolveName(fileName);
		writes.add(new Write(fileName, contents.toString().getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public void generateFile(String fileName, String outputConfigurationName, CharSequence contents) {
		generateFile(fileName, contents);
	}

	@Override
	public void generateFile(String fileName, InputStream content) {
		folder.resolveName(fileName);
		writes.add(new Write(fileName, readAll(content)));
	}

	@Override
	public void generateFile(String fileName, String outputCfgName, InputStream content) {
		generateFile(fileName, content);
	}

	@Override
	public void deleteFile(String fileName) {
		folder.resolveName(fileName);
		writes.add(new Write(fileName, null));
	}

	@Override
	public void deleteFile(String fileName, String outputConfigurationName) {
		deleteFile(fileName);
	}
}
