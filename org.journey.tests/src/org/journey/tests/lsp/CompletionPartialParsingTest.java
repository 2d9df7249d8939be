package org.journey.tests.lsp;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.testing.GlobalRegistries.GlobalStateMemento;
import org.eclipse.xtext.util.TextRegion;
import org.journey.dsl.ide.JourneyIdeSetup;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.tests.support.Repository;
import org.journey.tests.support.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Injector;

/**
 * Completion starts its parser at the element around the cursor and finds the nodes at the
 * cursor by descending the node model (issue 20: completion at 5,000 lines); neither may change
 * a proposal. Compared with Xtext's own way (the whole text up to the cursor, every leaf walked)
 * at every token boundary of the examples: at each, the same proposals in the same order.
 */
class CompletionPartialParsingTest {

	private static final String NEWSLETTER = "examples/maven/src/main/journey/newsletter.journey";

	/** The keywords of the grammar's Model rule that start an element (Element, Tracking). */
	private static final Set<String> TOP_LEVEL_KEYWORDS = Set.of("segment", "source", "kpi", "goal", "journey", "initiative",
			"tracking");

	private static GlobalStateMemento globalState;
	private static Injector injector;
	private static ExecutorService pool;

	@BeforeAll
	static void createInjector() {
		globalState = GlobalRegistries.makeCopyOfGlobalState();
		injector = new JourneyIdeSetup().createInjectorAndDoEMFRegistration();
		pool = Executors.newFixedThreadPool(2);
	}

	@AfterAll
	static void restoreRegistries() {
		pool.shutdownNow();
		globalState.restoreGlobalState();
	}

	@Test
	void everyTokenBoundaryOfTheNewsletterExampleGetsTheProposalsOfAWholeFileParse() throws Exception {
		assertSameProposalsAtEveryTokenBoundary(load(Repository.path(NEWSLETTER)), false);
	}

	@ParameterizedTest
	@ValueSource(strings = { "        touchpoint Half { channel \n", "    phase \n", "        touchpoint \n",
			"        touchpoint Half { event half_typed { item: \n" })
	void halfTypedTextInAJourneyGetsTheProposalsOfAWholeFileParse(String halfTyped) throws Exception {
		// what the parser's error recovery makes of it decides where the elements end
		String model = Files.readString(Repository.path(NEWSLETTER)).replace("        touchpoint Landing",
				halfTyped + "        touchpoint Landing");

		assertSameProposalsAtEveryTokenBoundary(parse(model), true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "kpi \n", "kpi Half { unit \n", "segment Half \"Half\" {\n", "journey Half {\n    for \n}\n" })
	void halfTypedTextBetweenElementsGetsTheProposalsOfAWholeFileParse(String halfTyped) throws Exception {
		// syntax errors above the journey: no element may be left out of the parse
		String model = Files.readString(Repository.path(NEWSLETTER)).replace("goal MoreReaders", halfTyped + "goal MoreReaders");

		assertSameProposalsAtEveryTokenBoundary(parse(model), true);
	}

	/** About 10 seconds each on a busy machine: every offset costs a parse of the file up to it. */
	@Slow
	@ParameterizedTest
	@ValueSource(strings = { "examples/paintings/paintings-webshop.journey", "examples/business/office-art-leads.journey" })
	void everyTokenBoundaryOfAnExampleGetsTheProposalsOfAWholeFileParse(String example) throws Exception {
		assertSameProposalsAtEveryTokenBoundary(load(Repository.path(example), Repository.path("examples/shared/library.journey")),
				false);
	}

	@Test
	void insideAJourneyOfABigFileTheParserStartsAtTheJourney() throws Exception {
		String model = LspBenchmark.generatedModel();
		XtextResource resource = parse(model);
		String marker = "journey Journey18 {\n    for ";
		int offset = model.indexOf(marker) + marker.length();

		ICompositeNode entryPoint = injector.getInstance(EntryPointFinder.class).findEntryPoint(resource.getParseResult(), offset);

		Journey journey = ((Model) resource.getContents().get(0)).getElements().stream()
				.filter(element -> element instanceof Journey j && j.getName().equals("Journey18")).map(Journey.class::cast)
				.findFirst().orElseThrow();
		Assertions.assertNotNull(entryPoint, "no entry point: the parser would start at the top of the file");
		Assertions.assertEquals(NodeModelUtils.getNode(journey).getOffset(), entryPoint.getOffset());
	}

	@Test
	void afterAJourneysClosingBraceTheParserStartsAtTheTopOfTheFile() throws Exception {
		// there the next element may follow, which parsing the journey alone cannot tell
		String model = LspBenchmark.generatedModel();
		XtextResource resource = parse(model);
		int offset = model.indexOf("journey Journey19 {") - "\n\n".length();

		Assertions.assertNull(injector.getInstance(EntryPointFinder.class).findEntryPoint(resource.getParseResult(), offset));
	}

	/**
	 * At each token boundary: the proposals of a parse of the whole file up to there. With
	 * half-typed text above the cursor the whole-file parse's error recovery may also offer the
	 * keywords that start a top-level element ({@code kpi}, {@code journey}...) where braces are
	 * still open, where they cannot stand; a parse of the element alone does not: with
	 * {@code halfTyped} those may be missing, nothing else.
	 */
	private static void assertSameProposalsAtEveryTokenBoundary(XtextResource resource, boolean halfTyped) {
		String text = resource.getParseResult().getRootNode().getText();
		List<Integer> offsets = tokenBoundaries(resource);

		List<String> differences = new ArrayList<>();
		for (int offset : offsets) {
			List<String> wholeFile = proposals(wholeFileFactory(), resource, text, offset);
			List<String> partial = proposals(injector.getInstance(ContentAssistContextFactory.class), resource, text, offset);
			boolean same = wholeFile.equals(partial)
					|| halfTyped && wholeFile.stream().filter(proposal -> !startsTopLevelElement(proposal)).toList().equals(partial);
			if (!same) {
				differences.add("at " + offset + " (..." + text.substring(Math.max(0, offset - 30), offset).replace('\n', '|')
						+ "^): " + wholeFile + " but " + partial);
			}
		}

		Assertions.assertTrue(offsets.size() > 100, "offsets compared: " + offsets.size());
		Assertions.assertEquals(List.of(), differences.stream().limit(5).toList(), differences.size() + " offsets differ");
	}

	/** Xtext's factory as it comes: parses the whole text up to the cursor, walks every leaf. */
	private static ContentAssistContextFactory wholeFileFactory() {
		ContentAssistContextFactory factory = new ContentAssistContextFactory();
		injector.injectMembers(factory);
		return factory;
	}

	/** Every proposal with what an editor shows and inserts, in the order the acceptor ranks them. */
	private static List<String> proposals(ContentAssistContextFactory factory, XtextResource resource, String text, int offset) {
		factory.setPool(pool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<String> proposals = new ArrayList<>();
		acceptor.getEntries().forEach(entry -> proposals.add(describe(entry)));
		return proposals;
	}

	private static boolean startsTopLevelElement(String proposal) {
		return proposal.contains("|KEYWORD|") && TOP_LEVEL_KEYWORDS.contains(proposal.substring(0, proposal.indexOf('|')));
	}

	private static String describe(ContentAssistEntry entry) {
		return entry.getProposal() + "|" + entry.getPrefix() + "|" + entry.getLabel() + "|" + entry.getKind() + "|"
				+ entry.getDescription();
	}

	/** The start and end of every token, and one character into those longer than one. */
	private static List<Integer> tokenBoundaries(XtextResource resource) {
		List<Integer> offsets = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden()) {
				offsets.add(leaf.getOffset());
				if (leaf.getLength() > 1) {
					offsets.add(leaf.getOffset() + 1);
				}
				offsets.add(leaf.getEndOffset());
			}
		}
		return offsets.stream().distinct().sorted().toList();
	}

	/** Loads {@code file} and the files it imports from into one resource set, linked. */
	private static XtextResource load(Path file, Path... imported) throws Exception {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		for (Path path : Stream.concat(Stream.of(imported), Stream.of(file)).toList()) {
			resourceSet.getResource(URI.createFileURI(path.toString()), true);
		}
		XtextResource resource = (XtextResource) resourceSet.getResource(URI.createFileURI(file.toString()), true);
		resource.getContents();
		return resource;
	}

	private static XtextResource parse(String model) throws Exception {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/big.journey"));
		resource.load(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}
}
