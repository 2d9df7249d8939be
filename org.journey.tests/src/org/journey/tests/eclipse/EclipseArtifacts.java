package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Eclipse artefacts of the repository as the static checks read them: our Eclipse bundles
 * (folders at the repository root with META-INF/MANIFEST.MF and plugin.xml, so a bundle added
 * later is checked too), the runtime and IDE bundles the default build makes (their jars in
 * target/, manifests by bnd), the feature, the update site, the target platform, and the tables
 * of what the target platform provides (target-bundles.txt, extension-points.txt beside this
 * class). The tests run in org.journey.tests, so the repository root is "..".
 */
final class EclipseArtifacts {

	static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
	static final Path FEATURE = ROOT.resolve("releng/org.journey.feature/feature.xml");
	static final Path CATEGORY = ROOT.resolve("releng/org.journey.updatesite/category.xml");
	static final Path TARGET = ROOT.resolve("releng/journey.target");
	static final List<String> POM_FIRST_MODULES = List.of("org.journey.dsl", "org.journey.dsl.ide");

	private EclipseArtifacts() {
	}

	/** One clause of a manifest header: "name;attr=value;directive:=value". */
	record Clause(String name, Map<String, String> parameters) {
		Optional<String> parameter(String key) {
			return Optional.ofNullable(parameters.get(key));
		}
	}

	/** An Eclipse bundle of ours, from its folder. */
	record Bundle(Path dir, Manifest manifest) {

		String symbolicName() {
			return clauses("Bundle-SymbolicName").get(0).name();
		}

		String header(String name) {
			return manifest.getMainAttributes().getValue(name);
		}

		List<Clause> clauses(String header) {
			return parseClauses(header(header));
		}

		List<String> requiredBundles() {
			return clauses("Require-Bundle").stream().map(Clause::name).toList();
		}

		List<String> importedPackages() {
			return clauses("Import-Package").stream().map(Clause::name).toList();
		}

		Path pluginXml() {
			return dir.resolve("plugin.xml");
		}

		/**
		 * The source folders, by the convention our bundles follow: src, src-gen when the build
		 * generates code into it, xtend-gen, and other src-* folders (src-sirius: code only the
		 * Eclipse build compiles).
		 */
		List<Path> sourceFolders() {
			try (Stream<Path> entries = Files.list(dir)) {
				return entries.filter(Files::isDirectory).filter(folder -> isSourceFolderName(folder.getFileName().toString()))
						.sorted().toList();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		static boolean isSourceFolderName(String name) {
			return name.equals("src") || name.startsWith("src-") || name.equals("xtend-gen");
		}

		List<Path> javaSources() {
			List<Path> files = new ArrayList<>();
			for (Path folder : sourceFolders()) {
				try (Stream<Path> walk = Files.walk(folder)) {
					walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			return files;
		}

		/** Whether the class (a.b.C, or a.b.C$D for a nested one) has a source file in the bundle. */
		boolean hasSourceOf(String className) {
			String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
			String file = topLevel.replace('.', '/') + ".java";
			return sourceFolders().stream().anyMatch(folder -> Files.isRegularFile(folder.resolve(file)));
		}

		Set<String> ownPackages() {
			Set<String> packages = new LinkedHashSet<>();
			for (Path source : javaSources()) {
				packageOf(read(source)).ifPresent(packages::add);
			}
			return packages;
		}

		@Override
		public String toString() {
			return dir.getFileName().toString();
		}
	}

	/** A bundle the default build makes with bnd (org.journey.dsl, org.journey.dsl.ide), from its jar. */
	record PomFirstBundle(String module, Path jar, Manifest manifest) {
		String symbolicName() {
			return parseClauses(manifest.getMainAttributes().getValue("Bundle-SymbolicName")).get(0).name();
		}

		String version() {
			return manifest.getMainAttributes().getValue("Bundle-Version");
		}

		Set<String> exportedPackages() {
			Set<String> packages = new LinkedHashSet<>();
			parseClauses(manifest.getMainAttributes().getValue("Export-Package")).forEach(c -> packages.add(c.name()));
			return packages;
		}

		List<Clause> clauses(String header) {
			return parseClauses(manifest.getMainAttributes().getValue(header));
		}
	}

	/** Every Eclipse bundle of ours: a folder at the root with META-INF/MANIFEST.MF and plugin.xml. */
	static List<Bundle> eclipseBundles() {
		List<Bundle> bundles = new ArrayList<>();
		try (Stream<Path> folders = Files.list(ROOT)) {
			for (Path dir : folders.sorted().toList()) {
				Path manifest = dir.resolve("META-INF/MANIFEST.MF");
				if (Files.isRegularFile(manifest) && Files.isRegularFile(dir.resolve("plugin.xml"))) {
					try (InputStream in = Files.newInputStream(manifest)) {
						bundles.add(new Bundle(dir, new Manifest(in)));
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertTrue(!bundles.isEmpty(), "no Eclipse bundle found below " + ROOT);
		return bundles;
	}

	/**
	 * The runtime and IDE bundles as the build packed them. The test phase runs after their
	 * modules' package phase in the reactor (mvn verify), so the jars are there.
	 */
	static List<PomFirstBundle> pomFirstBundles() {
		List<PomFirstBundle> bundles = new ArrayList<>();
		for (String module : POM_FIRST_MODULES) {
			Path target = ROOT.resolve(module).resolve("target");
			Path jar;
			try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
				jar = files.filter(p -> p.getFileName().toString().matches(Pattern.quote(module) + "-[0-9].*\\.jar"))
						.filter(p -> !p.getFileName().toString().endsWith("-sources.jar")).findFirst()
						.orElseThrow(() -> new AssertionError("No jar of " + module + " in " + target
								+ ": build it first (mvn verify from the repository root packs it before the tests run)"));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			try (JarFile file = new JarFile(jar.toFile())) {
				bundles.add(new PomFirstBundle(module, jar, file.getManifest()));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return bundles;
	}

	/** Symbolic names of every bundle of ours: the Eclipse bundles and the pom-first ones. */
	static Set<String> ourBundleNames() {
		Set<String> names = new LinkedHashSet<>(POM_FIRST_MODULES);
		eclipseBundles().forEach(b -> names.add(b.symbolicName()));
		return names;
	}

	/** Parses an OSGi header into clauses; commas and semicolons inside quotes do not split. */
	static List<Clause> parseClauses(String header) {
		List<Clause> clauses = new ArrayList<>();
		if (header == null || header.isBlank()) {
			return clauses;
		}
		for (String clause : splitOutsideQuotes(header, ',')) {
			List<String> parts = splitOutsideQuotes(clause, ';');
			Map<String, String> parameters = new LinkedHashMap<>();
			for (String part : parts.subList(1, parts.size())) {
				int eq = part.indexOf('=');
				if (eq > 0) {
					String key = part.substring(0, eq).replace(":", "").trim();
					parameters.put(key, part.substring(eq + 1).trim().replace("\"", ""));
				}
			}
			clauses.add(new Clause(parts.get(0).trim(), parameters));
		}
		return clauses;
	}

	private static List<String> splitOutsideQuotes(String text, char separator) {
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == separator && !quoted) {
				parts.add(current.toString().trim());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		parts.add(current.toString().trim());
		return parts;
	}

	static Document xml(Path file) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(file.toFile());
		} catch (Exception e) {
			throw new AssertionError(file + " is not valid XML: " + e.getMessage(), e);
		}
	}

	static List<Element> elements(Document document, String tag) {
		NodeList nodes = document.getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** Every element of the document, depth first. */
	static List<Element> allElements(Document document) {
		return elements(document, "*");
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
	private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");

	static Optional<String> packageOf(String source) {
		Matcher matcher = PACKAGE.matcher(source);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** The packages a Java source imports from, for single-type, on-demand and static imports. */
	static Set<String> importedPackages(String source) {
		Set<String> packages = new LinkedHashSet<>();
		Matcher matcher = IMPORT.matcher(source);
		while (matcher.find()) {
			boolean onDemand = matcher.group(3) != null;
			String name = matcher.group(2);
			packages.add(onDemand && !startsWithTypeName(name) ? name : packageOfType(name));
		}
		return packages;
	}

	/** The package of a (possibly nested) type name, or of a static member: the segments before the first capitalized one. */
	static String packageOfType(String name) {
		String[] segments = name.split("\\.");
		StringBuilder pkg = new StringBuilder();
		for (String segment : segments) {
			if (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0))) {
				break;
			}
			if (pkg.length() > 0) {
				pkg.append('.');
			}
			pkg.append(segment);
		}
		return pkg.toString();
	}

	private static boolean startsWithTypeName(String name) {
		return !packageOfType(name).equals(name);
	}

	/** Lines of a table beside this class, without comments and blank lines. */
	static List<String> table(String name) {
		try (InputStream in = EclipseArtifacts.class.getResourceAsStream(name)) {
			assertTrue(in != null, "missing table " + name + " beside " + EclipseArtifacts.class.getName());
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** extension point id -> the bundle declaring it (extension-points.txt). */
	static Map<String, String> extensionPoints() {
		Map<String, String> points = new LinkedHashMap<>();
		for (String line : table("extension-points.txt")) {
			String[] parts = line.split("\\s+");
			points.put(parts[0], parts[1]);
		}
		return points;
	}

	/** bundle -> the package patterns it makes visible to bundles requiring it (target-bundles.txt). */
	static Map<String, List<String>> targetBundles() {
		Map<String, List<String>> bundles = new LinkedHashMap<>();
		for (String line : table("target-bundles.txt")) {
			int colon = line.indexOf(':');
			bundles.put(line.substring(0, colon).strip(),
					Stream.of(line.substring(colon + 1).split(",")).map(String::strip).toList());
		}
		return bundles;
	}

	/**
	 * The target platform's bundles that provide {@code pkg}: those with the most specific
	 * matching pattern (an exact name beats "a.b.*", a longer prefix a shorter one).
	 */
	static Set<String> providersOf(String pkg) {
		Set<String> best = new LinkedHashSet<>();
		int bestScore = -1;
		for (Map.Entry<String, List<String>> bundle : targetBundles().entrySet()) {
			for (String pattern : bundle.getValue()) {
				int score = matchScore(pattern, pkg);
				if (score > bestScore) {
					best.clear();
					bestScore = score;
				}
				if (score >= 0 && score == bestScore) {
					best.add(bundle.getKey());
				}
			}
		}
		return best;
	}

	private static int matchScore(String pattern, String pkg) {
		if (pattern.endsWith(".*")) {
			String prefix = pattern.substring(0, pattern.length() - 2);
			return pkg.equals(prefix) || pkg.startsWith(prefix + ".") ? 2 * prefix.length() : -1;
		}
		return pattern.equals(pkg) ? 2 * pattern.length() + 1 : -1;
	}

	/** The root pom's project version (0.1.0-SNAPSHOT) as an OSGi version without qualifier (0.1.0). */
	static String projectOsgiVersion() {
		String version = rootPomValue("version");
		return version.replace("-SNAPSHOT", "");
	}

	static String rootPomValue(String tag) {
		Document pom = xml(ROOT.resolve("pom.xml"));
		for (Element element : elements(pom, tag)) {
			if (element.getParentNode() == pom.getDocumentElement() || element.getParentNode().getNodeName().equals("properties")) {
				return element.getTextContent().strip();
			}
		}
		throw new AssertionError("no <" + tag + "> in the root pom.xml");
	}

	/** Whether an OSGi version range ("1.2", "[1.2,2)", "(1,2]") includes {@code version} (major.minor.micro). */
	static boolean rangeIncludes(String range, String version) {
		String r = range.strip();
		if (!r.startsWith("[") && !r.startsWith("(")) {
			return compare(version, r) >= 0;
		}
		String[] bounds = r.substring(1, r.length() - 1).split(",");
		int low = compare(version, bounds[0].strip());
		int high = compare(version, bounds[1].strip());
		boolean aboveLow = r.startsWith("[") ? low >= 0 : low > 0;
		boolean belowHigh = r.endsWith("]") ? high <= 0 : high < 0;
		return aboveLow && belowHigh;
	}

	private static int compare(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < 3; i++) {
			int left = i < x.length && x[i].matches("\\d+") ? Integer.parseInt(x[i]) : 0;
			int right = i < y.length && y[i].matches("\\d+") ? Integer.parseInt(y[i]) : 0;
			if (left != right) {
				return Integer.compare(left, right);
			}
		}
		return 0;
	}
}
