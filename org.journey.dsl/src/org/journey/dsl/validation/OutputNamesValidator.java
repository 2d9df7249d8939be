package org.journey.dsl.validation;

import java.util.Locale;

import org.eclipse.xtext.validation.Check;
import org.journey.dsl.generator.report.portfolio.PortfolioIndex;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.map.JourneyMapBuilder;

/**
 * Names that the generator's output cannot hold: a journey's files go to a folder named after its
 * qualified name, beside the portfolio index at the output's root, so a journey called
 * {@code index.html} or {@code index.md} (package {@code index}) would be a folder where the index
 * file must go. Compared without case: on macOS and Windows {@code Index.HTML} is the same file.
 */
public class OutputNamesValidator extends AbstractJourneyCheck {

	@Check
	public void checkJourneyFolderIsNotAnIndexFile(Journey journey) {
		String folder = JourneyMapBuilder.qualifiedName(journey);
		for (String index : new String[] { PortfolioIndex.HTML_FILE, PortfolioIndex.MARKDOWN_FILE }) {
			if (folder.toLowerCase(Locale.ROOT).equals(index)) {
				error("Journey '" + folder + "' would be generated into a folder named " + index
						+ ", the portfolio index's file at the root of --out. Rename the journey or its package.",
						JourneyPackage.Literals.ELEMENT__NAME, IssueCodes.JOURNEY_FOLDER_IS_INDEX_FILE, journey.getName());
			}
		}
	}
}
