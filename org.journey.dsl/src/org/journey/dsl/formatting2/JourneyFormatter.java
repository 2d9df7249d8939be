package org.journey.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.IMerger;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.journey.dsl.journey.Aggregate;
import org.journey.dsl.journey.Conversion;
import org.journey.dsl.journey.Element;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.Goal;
import org.journey.dsl.journey.Import;
import org.journey.dsl.journey.Initiative;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Opportunity;
import org.journey.dsl.journey.Pain;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Source;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.journey.Tracking;

/**
 * The one canonical layout of a .journey file. It only ever changes whitespace; comments stay
 * where they are.
 * <ul>
 * <li>Tokens on a line are separated by one space, except: nothing before {@code , % : )},
 * nothing after {@code (}, and formulas read {@code count(e)}, {@code sum(e.prop)},
 * {@code conversion(a -> b within 7 days)}.</li>
 * <li>The package line, the imports (one per line) and the top-level elements are separated by
 * one blank line.</li>
 * <li>An element's name and title stay on its first line, which ends with {@code &#123;}; each
 * property (whatever the order the modeller chose) starts its own line, indented one level; the
 * closing brace has a line of its own. An empty body is written {@code &#123;&#125;}.</li>
 * <li>Structural children (phases of a journey; touchpoints, pains, opportunities of a phase)
 * are separated from the properties and from each other by one blank line; the lists at the
 * end of a touchpoint (events) and of an initiative (milestones) are one item per line.</li>
 * <li>An event with properties lists one property per line, the comma right after the previous
 * property.</li>
 * </ul>
 */
public class JourneyFormatter extends AbstractJavaFormatter {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	protected void format(Model model, IFormattableDocument doc) {
		spaceTokensOnTheirLine(doc);
		startAndEndTheDocument(doc);

		ISemanticRegion packageName = regionFor(model).feature(P.getModel_Name());
		if (packageName != null) {
			doc.append(packageName, it -> it.setNewLines(2));
		}
		List<Import> imports = model.getImports();
		for (int i = 0; i < imports.size(); i++) {
			int newLines = i == 0 ? 2 : 1;
			doc.prepend(imports.get(i), it -> it.setNewLines(newLines));
		}
		for (Element element : model.getElements()) {
			doc.prepend(element, it -> it.setNewLines(2));
			doc.format(element);
		}
		for (Tracking tracking : model.getTracking()) {
			doc.prepend(tracking, it -> it.setNewLines(2));
			doc.format(tracking);
		}
	}

	protected void format(Tracking tracking, IFormattableDocument doc) {
		formatBody(tracking, doc);
	}

	protected void format(Segment segment, IFormattableDocument doc) {
		formatBody(segment, doc);
	}

	protected void format(Source source, IFormattableDocument doc) {
		formatBody(source, doc);
	}

	protected void format(Kpi kpi, IFormattableDocument doc) {
		formatBody(kpi, doc);
		doc.format(kpi.getFormula());
	}

	protected void format(Aggregate aggregate, IFormattableDocument doc) {
		doc.append(regionFor(aggregate).feature(P.getAggregate_Function()), this::noSpace);
		doc.surround(regionFor(aggregate).keyword("."), this::noSpace);
	}

	protected void format(Conversion conversion, IFormattableDocument doc) {
		doc.append(regionFor(conversion).keyword("conversion"), this::noSpace);
	}

	protected void format(Goal goal, IFormattableDocument doc) {
		formatBody(goal, doc);
	}

	protected void format(Journey journey, IFormattableDocument doc) {
		ISemanticRegion open = formatBody(journey, doc);
		formatBlocks(journey.getPhases(), open, doc);
	}

	protected void format(Phase phase, IFormattableDocument doc) {
		ISemanticRegion open = formatBody(phase, doc);
		formatBlocks(phase.getTouchpoints(), open, doc);
		formatBlocks(phase.getPains(), open, doc);
		formatBlocks(phase.getOpportunities(), open, doc);
	}

	protected void format(Touchpoint touchpoint, IFormattableDocument doc) {
		formatBody(touchpoint, doc);
		formatLines(touchpoint.getEvents(), doc);
	}

	protected void format(Event event, IFormattableDocument doc) {
		formatBody(event, doc);
		for (EventProperty property : event.getProperties()) {
			doc.prepend(property, this::newLine);
		}
	}

	protected void format(Pain pain, IFormattableDocument doc) {
		formatBody(pain, doc);
	}

	protected void format(Opportunity opportunity, IFormattableDocument doc) {
		formatBody(opportunity, doc);
	}

	protected void format(Initiative initiative, IFormattableDocument doc) {
		formatBody(initiative, doc);
		formatLines(initiative.getMilestones(), doc);
	}

	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		// comments in a body keep its indentation and their blank lines: see GapReplacer
		return new GapReplacer(region, formatting);
	}

	/** Two formattings of one gap become one, as Xtext merges them for its own gap replacer. */
	@Override
	public IMerger<ITextReplacer> createTextReplacerMerger() {
		IMerger<ITextReplacer> others = super.createTextReplacerMerger();
		IMerger<IHiddenRegionFormatting> formattings = createHiddenRegionFormattingMerger();
		return conflicting -> {
			ITextReplacer gap = GapReplacer.merge(conflicting, formattings);
			return gap != null ? gap : others.merge(conflicting);
		};
	}

	/**
	 * The defaults for every gap between two tokens. They have low priority so that the line
	 * structure set per element wins; the exceptions to "one space" hold everywhere in the
	 * language, so they are set once here rather than per element.
	 */
	private void spaceTokensOnTheirLine(IFormattableDocument doc) {
		for (ISemanticRegion token : getTextRegionAccess().regionForRootEObject().getAllSemanticRegions()) {
			String keyword = token.getGrammarElement() instanceof Keyword k ? k.getValue() : null;
			if (",".equals(keyword) || "%".equals(keyword) || ":".equals(keyword) || ")".equals(keyword)) {
				doc.prepend(token, this::noSpace);
			} else {
				doc.prepend(token, it -> {
					it.lowPriority();
					it.oneSpace();
				});
			}
			if ("(".equals(keyword)) {
				doc.append(token, this::noSpace);
			}
			closeUpQualifiedName(token, doc);
		}
	}

	/**
	 * A qualified name is one token for the formatter, however the modeller spaced it: write
	 * {@code a . b} as {@code a.b}. A name with a comment inside keeps its text, comment and all.
	 */
	private static void closeUpQualifiedName(ISemanticRegion token, IFormattableDocument doc) {
		EObject element = token.getGrammarElement();
		if (element instanceof CrossReference reference) {
			element = reference.getTerminal();
		}
		String text = token.getText();
		if (!(element instanceof RuleCall call && GrammarUtil.isDatatypeRule(call.getRule()))
				|| text.indexOf('/') >= 0 || text.chars().noneMatch(Character::isWhitespace)) {
			return;
		}
		String closedUp = text.replaceAll("\\s+", "");
		doc.addReplacer(new ITextReplacer() {
			@Override
			public ITextSegment getRegion() {
				return token;
			}

			@Override
			public ITextReplacerContext createReplacements(ITextReplacerContext context) {
				context.addReplacement(token.replaceWith(closedUp));
				return context;
			}
		});
	}

	/**
	 * No leading whitespace, exactly one line break at the end, whatever the first and last
	 * elements are. A header comment keeps up to one blank line after it.
	 */
	private void startAndEndTheDocument(IFormattableDocument doc) {
		IEObjectRegion root = getTextRegionAccess().regionForRootEObject();
		IHiddenRegion start = root.getPreviousHiddenRegion();
		doc.set(start, it -> {
			it.highPriority();
			if (start.containsComment()) {
				it.setNewLines(0, 0, 2);
			} else {
				it.setNewLines(0);
			}
			it.noSpace();
		});
		doc.set(root.getNextHiddenRegion(), it -> {
			it.highPriority();
			it.setNewLines(1);
		});
	}

	/**
	 * Lays out the braces of an element and puts each of its properties on its own line.
	 *
	 * @return the opening brace, or {@code null} when the element is written without a body
	 */
	private ISemanticRegion formatBody(EObject element, IFormattableDocument doc) {
		for (ISemanticRegion region : semanticRegions(element)) {
			if (startsProperty(region)) {
				doc.prepend(region, this::newLine);
			}
		}
		ISemanticRegion open = regionFor(element).keyword("{");
		ISemanticRegion close = regionFor(element).keyword("}");
		if (open == null || close == null) {
			return open;
		}
		// Low priority like the one-space default: a merged formatting takes the higher of the two
		// priorities for all its values, so a normal-priority indent merged with the default
		// would turn the default's space into a normal-priority value that clashes with noSpace.
		doc.interior(open, close, it -> {
			it.lowPriority();
			it.indent();
		});
		if (close.equals(open.getNextSemanticRegion())) {
			doc.append(open, this::noSpace);
		} else {
			doc.append(open, this::newLine);
			doc.prepend(close, this::newLine);
		}
		return open;
	}

	/**
	 * A property is one member of the unordered group that forms an element's body, and its first
	 * token is a keyword. Reading this from the grammar keeps the formatter right when properties
	 * are added, and tells a property keyword from the same word used inside a property
	 * ({@code target 2.0 by 2027-06-30}) or as a name.
	 */
	private static boolean startsProperty(ISemanticRegion region) {
		return region.getGrammarElement() instanceof Keyword keyword
				&& keyword.eContainer() instanceof Group group
				&& group.eContainer() instanceof UnorderedGroup
				&& group.getElements().get(0) == keyword;
	}

	/**
	 * Children that are blocks of their own: a blank line separates each from whatever precedes
	 * it, except from the opening brace of the body.
	 */
	private void formatBlocks(List<? extends EObject> children, ISemanticRegion open, IFormattableDocument doc) {
		for (EObject child : children) {
			IHiddenRegion before = previousHiddenRegion(child);
			int newLines = open.equals(before.getPreviousSemanticRegion()) ? 1 : 2;
			doc.set(before, it -> it.setNewLines(newLines));
			doc.format(child);
		}
	}

	/** Children that read as a list: one per line. */
	private void formatLines(List<? extends EObject> children, IFormattableDocument doc) {
		for (EObject child : children) {
			doc.prepend(child, this::newLine);
			doc.format(child);
		}
	}
}
