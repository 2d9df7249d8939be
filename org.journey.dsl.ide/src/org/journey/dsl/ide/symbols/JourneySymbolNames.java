package org.journey.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.journey.dsl.journey.Model;

/**
 * Outline names as written in the file: the tree already shows that Attract is in Buying, so
 * the qualified name (shop.Buying.Attract) Xtext would show only repeats it. Elements without
 * a name (milestones, tracking settings) stay out of the outline.
 */
public class JourneySymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		if (object instanceof Model model) {
			return model.getName();
		}
		return SimpleAttributeResolver.NAME_RESOLVER.apply(object);
	}
}
