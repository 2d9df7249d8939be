package org.journey.dsl.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.IFileSystemAccess2;

/**
 * A file system access that passes every call on to another: the base of the wrappers that watch
 * what a generator writes (count it, hash it), which override only the calls they watch.
 */
public abstract class ForwardingFileSystemAccess implements IFileSystemAccess2 {

	protected final IFileSystemAccess2 delegate;

	protected ForwardingFileSystemAccess(IFileSystemAccess2 delegate) {
		this.delegate = delegate;
	}

	/** The whole of a generated file's content, for a wrapper that needs its bytes; closes the stream. */
	protected static byte[] readAll(InputStream content) {
		try (InputStream in = content) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void generateFile(String fileName, CharSequence contents) {
		delegate.generateFile(fileName, contents);
	}

	@Override
	public void generateFile(String fileName, String outputConfigurationName, CharSequence contents) {
		delegate.generateFile(fileName, outputConfigurationName, contents);
	}

	@Override
	public void generateFile(String fileName, InputStream content) {
		delegate.generateFile(fileName, content);
	}

	@Override
	public void generateFile(String fileName, String outputCfgName, InputStream content) {
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
