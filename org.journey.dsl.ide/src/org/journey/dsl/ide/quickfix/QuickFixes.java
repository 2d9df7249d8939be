package org.journey.dsl.ide.quickfix;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Singleton;

/**
 * Every quick fix, found by its {@link QuickFix} annotation in the classes below (one per concern,
 * as the validators are). Editor neutral on purpose: fixes are text edits of one file computed on
 * its XtextResource, so the language server's code actions and the Eclipse quick fixes offer the
 * same fixes with the same labels and apply the same edits.
 */
@Singleton
public class QuickFixes {

	private static final List<Class<?>> FIX_CLASSES = List.of(
			SyntaxFixes.class,
			NamingFixes.class,
			ScoreFixes.class,
			KpiFixes.class,
			CitationFixes.class,
			PhaseFixes.class,
			ReferenceFixes.class,
			SegmentReachFixes.class,
			UsageFixes.class);

	private record Registration(Object fixes, Method method) {
	}

	private final Map<String, Registration> byCode = new HashMap<>();

	@Inject
	private EObjectAtOffsetHelper eObjectAtOffsetHelper;

	@Inject
	QuickFixes(Injector injector) {
		for (Class<?> fixClass : FIX_CLASSES) {
			Object fixes = injector.getInstance(fixClass);
			for (Method method : fixClass.getDeclaredMethods()) {
				QuickFix annotation = method.getAnnotation(QuickFix.class);
				if (annotation != null) {
					register(annotation.value(), new Registration(fixes, method));
				}
			}
		}
	}

	private void register(String[] codes, Registration registration) {
		Method method = registration.method();
		if (method.getReturnType() != void.class || Modifier.isStatic(method.getModifiers())
				|| !List.of(method.getParameterTypes()).equals(List.of(IssueToFix.class, FixAcceptor.class))) {
			throw new IllegalStateException("a @QuickFix method is void name(IssueToFix, FixAcceptor): " + method);
		}
		method.setAccessible(true);
		for (String code : codes) {
			Registration other = byCode.put(code, registration);
			if (other != null) {
				// the order of a code's alternatives is the one its method gives, so it has one method
				throw new IllegalStateException(code + " has two @QuickFix methods: " + other.method() + " and " + method);
			}
		}
	}

	/** The issue codes with a fix. */
	public Set<String> fixableCodes() {
		return Collections.unmodifiableSet(byCode.keySet());
	}

	public boolean isFixable(String code) {
		return code != null && byCode.containsKey(code);
	}

	/**
	 * Every fix for the issue with {@code code} reported at {@code offset}, the likeliest first;
	 * empty if there is none (or the file has changed so that none applies). {@code data} is the
	 * issue's data as the validator reported it (may be empty).
	 */
	public List<Fix> fixesFor(XtextResource resource, String code, int offset, List<String> data) {
		Registration registration = code == null ? null : byCode.get(code);
		if (registration == null || resource.getParseResult() == null) {
			return List.of();
		}
		IssueToFix issue = new IssueToFix(resource, offset, data,
				() -> eObjectAtOffsetHelper.resolveContainedElementAt(resource, offset));
		FixAcceptor acceptor = new FixAcceptor();
		try {
			registration.method().invoke(registration.fixes(), issue, acceptor);
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
		return acceptor.fixes();
	}
}
