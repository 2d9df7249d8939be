package org.journey.dsl.generator;

import java.io.InputStream;

import org.eclipse.xtext.generator.IFileSystemAccess2;

/** Passes every call on to another file system access and counts the files generated through it. */
final class CountingFileSystemAccess extends ForwardingFileSystemAccess {

	private int count;

	CountingFileSystemAccess(IFileSystemAccess2 delegate) {
		super(delegate);
	}

	int count() {
		return count;
	}

	@Override
	public void generateFile(String fileName, CharSequence contents) {
		count++;
		super.generateFile(fileName, contents);
	}

	@Override
	public void generateFile(String fileName, String outputConfigurationName, CharSequence contents) {
		count++;
		super.generateFile(fileName, outputConfigurationName, contents);
	}

	@Override
	public void generateFile(String fileName, InputStream content) {
		count++;
		super.generateFile(fileName, content);
	}

	@Override
	public void generateFile(String fileName, String outputCfgName, InputStream content) {
		count++;
		super.generateFile(fileName, outputCfgName, content);
	}
}
