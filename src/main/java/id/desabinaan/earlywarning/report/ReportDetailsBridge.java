package id.desabinaan.earlywarning.report;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indexes the structured details of a report ({@code {"personNames":"Pak Darto", ...}})
 * as their values only: the keys are field names, not what anyone searches for. Nested
 * arrays and objects give their text values too; what is not JSON is indexed as written.
 * Hibernate Search creates it by reflection, hence public.
 */
public class ReportDetailsBridge implements ValueBridge<String, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
		return values(value);
	}

	/** The text values of a details document, one per line. */
	static String values(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			List<String> values = new ArrayList<>();
			collect(JSON.readTree(json), values);
			return values.isEmpty() ? null : String.join("\n", values);
		}
		catch (JacksonException ex) {
			return json;
		}
	}

	private static void collect(JsonNode node, List<String> values) {
		if (node.isObject() || node.isArray()) {
			node.values().forEach((child) -> collect(child, values));
		}
		else if (!node.isNull() && !node.asString().isBlank()) {
			values.add(node.asString());
		}
	}

}
