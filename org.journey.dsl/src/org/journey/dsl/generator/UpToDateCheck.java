package org.journey.dsl.generator;

import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.journey.Journey;

/**
 * Lets a run skip the journeys whose output is up to date (the command line keeps a stamp of each
 * journey's inputs and outputs in its folder). Without one, every journey is generated.
 */
public interface UpToDateCheck {

	/** Whether the journey's output in {@code files} was made from the inputs it has now; then it is not generated. */
	boolean isUpToDate(Journey journey, IFileSystemAccess2 files);

	/** The file access to generate the journey through, so that its outputs are known afterwards. */
	IFileSystemAccess2 recording(Journey journey, IFileSystemAccess2 files);

	/** Called after the journey was generated through {@code recording}: remembers what it was made from. */
	void generated(Journey journey, IFileSystemAccess2 recording);
}
