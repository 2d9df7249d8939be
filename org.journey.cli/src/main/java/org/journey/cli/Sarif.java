package org.journey.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Problems as a SARIF 2.1.0 log, the format code-scanning dashboards (GitHub, GitLab, Azure) read. */
final class Sarif {

	private Sarif() {
	}

	static void write(Path file, List<Problem> problems) throws IOException {
		Json.writeFile(file, log(problems));
	}

	static Map<String, Object> log(List<Problem> problems) {
		TreeSet<String> ruleIds = new TreeSet<>();
		problems.stream().map(Sarif::ruleId).forEach(ruleIds::add);
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "journey");
		driver.put("informationUri", "https://github.com/journey/journey");
		driver.put("rules", ruleIds.stream().map(id -> Map.of("id", id)).toList());
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", Map.of("driver", driver));
		run.put("results", problems.stream().map(Sarif::result).toList());
		Map<String, Object> log = new LinkedHashMap<>();
		log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		log.put("version", "2.1.0");
		log.put("runs", List.of(run));
		return log;
	}

	private static String ruleId(Problem problem) {
		return problem.code() == null ? "journey" : problem.code();
	}

	private static Map<String, Object> result(Problem problem) {
		Map<String, Object> region = Map.of("startLine", problem.line(), "startColumn", problem.column());
		Map<String, Object> location = Map.of("physicalLocation",
				Map.of("artifactLocation", Map.of("uri", problem.file().replace('\\', '/')), "region", region));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("ruleId", ruleId(problem));
		result.put("level", switch (problem.severity()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "note";
		});
		result.put("message", Map.of("text", problem.message()));
		result.put("locations", List.of(location));
		return result;
	}
}
