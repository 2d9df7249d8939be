package org.journey.dsl.ide.quickfix;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The issue a {@link QuickFix} method fixes: where it was reported, the data the validator gave
 * it, and the file as it is now (text and model), which may have changed since.
 */
public final class IssueToFix {

	private final XtextResource resource;
	private final int offset;
	private final List<String> data;
	private final String text;
	private final Supplier<EObject> element;
	private EObject resolvedElement;
	private boolean resolved;

	IssueToFix(XtextResource resource, int offset, List<String> data, Supplier<EObject> element) {
		this.resource = resource;
		this.offset = offset;
		this.data = List.copyOf(data);
		this.text = resource.getParseResult().getRootNode().getText();
		this.element = element;
	}

	public XtextResource resource() {
		return resource;
	}

	/** Where the issue was reported, in {@link #text()}. */
	public int offset() {
		return offset;
	}

	/** The file's text, which every {@link Edit} refers to. */
	public String text() {
		return text;
	}

	/** The issue's data as the validator reported it (may be empty). */
	public List<String> data() {
		return data;
	}

	/** The issue's data at {@code index}, if it has that many. */
	public Optional<String> data(int index) {
		return index < data.size() ? Optional.ofNullable(data.get(index)) : Optional.empty();
	}

	/** The innermost model element at the issue's offset, or null (a file with syntax errors may lack it). */
	public EObject element() {
		if (!resolved) {
			resolvedElement = element.get();
			resolved = true;
		}
		return resolvedElement;
	}

	/** The element of {@code type} at the issue's offset, or that contains it. */
	public <T extends EObject> Optional<T> containerOf(Class<T> type) {
		return Optional.ofNullable(element()).map(found -> EcoreUtil2.getContainerOfType(found, type));
	}

	/**
	 * The validator's suggestion, data[{@code index}], for the text the issue marks, data[0]; empty
	 * if there is none or that text is no longer at the issue's offset.
	 */
	public Optional<String> suggestion(int index) {
		return data(index).filter(suggestion -> !suggestion.isEmpty())
				.filter(suggestion -> text.startsWith(data.get(0), offset));
	}

	/** Replaces the text the issue marks, data[0], with {@code replacement}. */
	public Edit replaceWritten(String replacement) {
		return new Edit(offset, data.get(0).length(), replacement);
	}
}
