package org.journey.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.journey.dsl.journey.JourneyPackage;

/**
 * Outline icons: LSP has no customer-journey kinds, so each concept takes the kind whose usual
 * icon reads closest (a journey is a module of phases, a phase a class of touchpoints, ...).
 */
public class JourneySymbolKinds extends DocumentSymbolKindProvider {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		if (type == P.getModel()) {
			return SymbolKind.Package;
		}
		if (type == P.getJourney()) {
			return SymbolKind.Module;
		}
		if (type == P.getPhase()) {
			return SymbolKind.Class;
		}
		if (type == P.getTouchpoint()) {
			return SymbolKind.Interface;
		}
		if (type == P.getPain()) {
			return SymbolKind.Event;
		}
		if (type == P.getOpportunity()) {
			return SymbolKind.Function;
		}
		if (type == P.getEvent()) {
			return SymbolKind.Method;
		}
		if (type == P.getEventProperty()) {
			return SymbolKind.Field;
		}
		if (type == P.getKpi()) {
			return SymbolKind.Number;
		}
		if (type == P.getSegment()) {
			return SymbolKind.Struct;
		}
		if (type == P.getGoal()) {
			return SymbolKind.Constant;
		}
		if (type == P.getSource()) {
			return SymbolKind.File;
		}
		if (type == P.getInitiative()) {
			return SymbolKind.Object;
		}
		return super.getSymbolKind(type);
	}
}
