package org.journey.dsl.generator;

import java.io.InputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.IFileSystemAccess2;

/** Passes every call on to another file system access and counts the files generated through it. */
final class CountingFileSystemAccess implements IFileSystemAccess2 {

	private final IFileSystemAccess2 delegate;
	private int count;

	CountingFileSystemAccess(IFileSystemAccess2 delegate) {
		this.delegate = delegate;
	}

	int count() {
		return count;
	}

	@Override
	public void generateFile(String fileName, CharSequence contents) {
		count++;
		delegate.generateFile(fileName, contents);
	}

	@Override
	public void generateFile(String fileName, String outputConfigurationName, CharSequence contents) {
		count++;
		delegate.generateFile(fileName, outputConfigurationName, contents);
	}

	@Override
	public void generateFile(String fileName, InputStream content) {
		count++;
		delegate.generateFile(fileName, content);
	}

	@Override
	public void generateFile(String fileName, String outputCfgName, InputStream content) {
		count++;
		delegate.generateFile(fileName, outputCfgName, content);
	}

	@Override
	public void deleteFile(String fileName) {
		delegate.deleteFile(fileName);
	}

	@Override
	public void deleteFile(String fileName, String outputConfigurationName) {
		delegate.deleteFile(fileName, outputConfigurationName);
	}

	@Override
	public URI getURI(String path, String outputConfiguration) {
		return delegate.getURI(path, outputConfiguration);
	}

	@Override
	public URI getURI(String path) {
		return delegate.getURI(path);
	}

	@Override
	public InputStream readBinaryFile(String fileName, String outputCfgName) {
		return delegate.readBinaryFile(fileName, outputCfgName);
	}

	@Override
	public InputStream readBinaryFile(String fileName) {
		return delegate.readBinaryFile(fileName);
	}

	@Override
	public CharSequence readTextFile(String fileName, String outputCfgName) {
		return delegate.readTextFile(fileName, outputCfgName);
	}

	@Override
	public CharSequence readTextFile(String fileName) {
		return delegate.readTextFile(fileName);
	}

	@Override
	public boolean isFile(String path, String outputConfigurationName) {
		return delegate.isFile(path, outputConfigurationName);
	}

	@Override
	public boolean isFile(String path) {
		return delegate.isFile(path);
	}
}
