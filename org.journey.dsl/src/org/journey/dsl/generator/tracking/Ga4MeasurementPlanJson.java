package org.journey.dsl.generator.tracking;

import java.util.List;
import java.util.Objects;

import org.journey.dsl.generator.tracking.Ga4MeasurementPlan.Registration;
import org.journey.dsl.generator.tracking.TrackingPlan.EmittedAt;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedGoal;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.validation.Ga4NamingValidator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The GA4 measurement plan as JSON, for tools: business goal -> KPI -> event -> parameters (type,
 * required, description), the phase and touchpoint each event comes from, and how each parameter
 * shows up in GA4's reports.
 * <p>
 * The custom definitions are written as GA4 Admin API request bodies, ready to send: each element
 * of {@code customDimensions} is the body of a {@code properties.customDimensions.create} call,
 * each element of {@code customMetrics} that of {@code properties.customMetrics.create} (v1beta,
 * https://developers.google.com/analytics/devguides/config/admin/v1/rest/v1beta/properties.customDimensions
 * and .../properties.customMetrics), with only the fields those resources define and within their
 * rules; the {@code adminApi} object beside them names the endpoints. Everything else in the JSON
 * (goals, KPIs, events, warnings) is for people and tools, never part of a request body.
 */
public final class Ga4MeasurementPlanJson {

	/** The Admin API endpoints the custom definitions are POSTed to, {propertyId} being the numeric property ID. */
	public static final String CUSTOM_DIMENSIONS_ENDPOINT = "https://analyticsadmin.googleapis.com/v1beta/properties/{propertyId}/customDimensions";
	public static final String CUSTOM_METRICS_ENDPOINT = "https://analyticsadmin.googleapis.com/v1beta/properties/{propertyId}/customMetrics";
	public static final String ADMIN_API_SCOPE = "https://www.googleapis.com/auth/analytics.edit";

	/**
	 * What a currency custom metric may contain: the Admin API requires a restrictedMetricType for a
	 * CURRENCY metric (and none for any other). A currency KPI over a parameter measures money the
	 * business takes in, so REVENUE_DATA; a metric that holds costs needs COST_DATA instead, which
	 * the adminApi note says.
	 */
	public static final String CURRENCY_METRIC_RESTRICTION = "REVENUE_DATA";

	private Ga4MeasurementPlanJson() {
	}

	/** The measurement plan's JSON tree; {@link TrackingOutput} writes it. */
	public static ObjectNode of(Ga4MeasurementPlan ga4) {
		TrackingPlan plan = ga4.plan();
		ObjectNode root = TrackingOutput.object();
		root.put("journey", plan.journey());
		root.put("title", plan.journeyTitle());
		root.put("measurementId", plan.settings().measurementId());
		root.set("limits", limits());

		ArrayNode goals = root.putArray("goals");
		for (TrackedGoal goal : plan.goals()) {
			ObjectNode goalNode = goals.addObject();
			goalNode.put("name", goal.name());
			goalNode.put("title", goal.title());
			goalNode.put("kind", goal.kind());
			ArrayNode kpis = goalNode.putArray("kpis");
			ga4.kpisOf(goal).forEach(kpi -> kpis.add(kpi(kpi, ga4)));
		}
		ArrayNode kpisWithoutGoal = root.putArray("kpisWithoutGoal");
		ga4.kpisWithoutGoal().forEach(kpi -> kpisWithoutGoal.add(kpi(kpi, ga4)));
		ArrayNode eventsWithoutKpi = root.putArray("eventsWithoutKpi");
		ga4.eventsWithoutKpi().forEach(event -> eventsWithoutKpi.add(event(event, ga4)));

		ArrayNode builtIn = root.putArray("builtInParameters");
		for (Registration registration : ga4.builtInParameters()) {
			ObjectNode node = builtIn.addObject();
			node.put("parameterName", registration.parameterName());
			node.put("reportedAs", registration.reportedAs());
			node.put("description", registration.description());
		}
		root.set("adminApi", adminApi(plan));
		ArrayNode dimensions = root.putArray("customDimensions");
		ArrayNode metrics = root.putArray("customMetrics");
		for (Registration definition : ga4.customDefinitions()) {
			if (definition.isMetric()) {
				metrics.add(customMetricRequestBody(definition));
			} else {
				dimensions.add(customDimensionRequestBody(definition));
			}
		}
		ArrayNode warnings = root.putArray("warnings");
		ga4.warnings().forEach(warnings::add);
		return root;
	}

	/** Where and how to send the custom definitions; kept out of the request bodies themselves. */
	private static ObjectNode adminApi(TrackingPlan plan) {
		ObjectNode api = TrackingOutput.object();
		api.put("customDimensions", "POST " + CUSTOM_DIMENSIONS_ENDPOINT);
		api.put("customMetrics", "POST " + CUSTOM_METRICS_ENDPOINT);
		api.put("oauthScope", ADMIN_API_SCOPE);
		api.put("howTo", "POST each element of customDimensions and of customMetrics, as it is, as the JSON body of one"
				+ " request to its endpoint. {propertyId} is the numeric GA4 property ID (Admin > Property settings > Property details), not"
				+ " the measurement ID. Currency metrics are marked " + CURRENCY_METRIC_RESTRICTION
				+ "; change it to COST_DATA for a metric that holds costs. Parameters in builtInParameters need no"
				+ " registration: GA4 reports them itself.");
		List<String> currencies = plan.kpis().stream().filter(kpi -> "currency".equals(kpi.unit()))
				.map(TrackedKpi::currency).filter(Objects::nonNull).distinct().toList();
		if (!currencies.isEmpty()) {
			// a CustomMetric has no currency of its own: GA4 shows every currency metric in the property's
			api.put("currency", "GA4 shows currency metrics in the property's currency (Admin > Property settings > Property details >"
					+ " Currency displayed as): set it to " + String.join(" or ", currencies)
					+ ", the currency the journey's KPIs are in, and send a currency parameter with the events that carry amounts.");
		}
		return api;
	}

	/** Exactly a properties.customDimensions.create body: no field the CustomDimension resource lacks. */
	private static ObjectNode customDimensionRequestBody(Registration definition) {
		ObjectNode body = TrackingOutput.object();
		body.put("parameterName", definition.parameterName());
		body.put("displayName", definition.displayName());
		body.put("description", definition.description());
		body.put("scope", "EVENT");
		// disallowAdsPersonalization is left out: the Admin API supports it for user-scoped dimensions only
		return body;
	}

	/** Exactly a properties.customMetrics.create body. */
	private static ObjectNode customMetricRequestBody(Registration definition) {
		ObjectNode body = TrackingOutput.object();
		body.put("parameterName", definition.parameterName());
		body.put("displayName", definition.displayName());
		body.put("description", definition.description());
		body.put("measurementUnit", definition.measurementUnit());
		body.put("scope", "EVENT");
		// required for CURRENCY, and must be empty for every other unit
		ArrayNode restricted = body.putArray("restrictedMetricType");
		if ("CURRENCY".equals(definition.measurementUnit())) {
			restricted.add(CURRENCY_METRIC_RESTRICTION);
		}
		return body;
	}

	private static ObjectNode limits() {
		ObjectNode limits = TrackingOutput.object();
		limits.put("eventNameLength", Ga4NamingValidator.MAX_NAME_LENGTH);
		limits.put("parametersPerEvent", Ga4NamingValidator.MAX_PARAMETERS);
		limits.put("parameterNameLength", Ga4NamingValidator.MAX_NAME_LENGTH);
		limits.put("parameterValueLength", Ga4MeasurementPlan.MAX_PARAMETER_VALUE_LENGTH);
		limits.put("eventScopedCustomDimensions", Ga4MeasurementPlan.MAX_EVENT_SCOPED_CUSTOM_DIMENSIONS);
		limits.put("customMetrics", Ga4MeasurementPlan.MAX_CUSTOM_METRICS);
		return limits;
	}

	private static ObjectNode kpi(TrackedKpi kpi, Ga4MeasurementPlan ga4) {
		ObjectNode node = TrackingOutput.object();
		node.put("name", kpi.name());
		node.put("title", kpi.title());
		node.put("description", kpi.description());
		node.put("unit", kpi.unit());
		node.put("currency", kpi.currency());
		node.put("durationUnit", kpi.durationUnit());
		node.put("baseline", kpi.baseline());
		node.put("target", kpi.target());
		node.put("targetDate", kpi.targetDate());
		node.put("direction", kpi.direction());
		node.put("formula", kpi.formula());
		ArrayNode events = node.putArray("events");
		ga4.eventsOf(kpi).forEach(event -> events.add(event(event, ga4)));
		return node;
	}

	private static ObjectNode event(TrackedEvent event, Ga4MeasurementPlan ga4) {
		ObjectNode node = TrackingOutput.object();
		node.put("name", event.name());
		node.put("description", EventDescriptions.of(event));
		ArrayNode emittedAt = node.putArray("emittedAt");
		for (EmittedAt at : event.emittedAt()) {
			ObjectNode place = emittedAt.addObject();
			place.put("phase", at.phase());
			place.put("touchpoint", at.touchpoint());
			place.put("channel", at.channel());
		}
		ArrayNode parameters = node.putArray("parameters");
		for (TrackedProperty property : event.properties()) {
			ObjectNode parameter = parameters.addObject();
			parameter.put("name", property.name());
			parameter.put("type", property.type());
			parameter.put("required", property.required());
			parameter.put("description", property.description());
			Registration registration = ga4.registration(property.name());
			parameter.put("registerAs", registration.kind());
			parameter.put("reportedAs", registration.reportedAs());
		}
		return node;
	}
}
