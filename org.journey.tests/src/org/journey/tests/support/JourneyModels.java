package org.journey.tests.support;

/**
 * Small models for tests. {@link #CLEAN} is valid without a single issue; tests derive a model
 * that breaks exactly one rule from it with {@link #variant}.
 */
public final class JourneyModels {

	/** Two files for the workspace event table's tests: a KPI whose formula names events emitted by the journey of {@link #EVENTS_SHOP}. */
	public static final String EVENTS_KPIS = """
			package metrics

			kpi Conversion {
			    unit percent
			    formula count(order_placed) / count(shop_visited)
			}
			""";

	public static final String EVENTS_SHOP = """
			package shop

			journey Buying {
			    phase Visit {
			        customer-goal "Look around"
			        touchpoint Web { channel web event shop_visited }
			    }
			    phase Order {
			        customer-goal "Order"
			        touchpoint Checkout { channel web event order_placed }
			    }
			}
			""";

	public static final String CLEAN = """
			package shop

			segment Buyers "Online buyers" { share 60% }
			segment Browsers "Browsers" { share 30% }
			source Analytics "Web analytics" { kind analytics }

			kpi Conversion "Visit-to-purchase conversion" {
			    unit percent
			    baseline 1.2
			    target 2.0 by 2027-06-30
			    formula count(purchase_completed) / count(product_viewed)
			}
			kpi Returns "Return rate" {
			    unit percent
			    baseline 8
			    target 5
			    direction decrease
			    source Analytics
			}
			goal MoreSales "More new sales" { kind new-sales kpis Conversion, Returns }

			journey Buying "Buying online" {
			    for Buyers, Browsers
			    pursues MoreSales
			    model funnel
			    phase Attract {
			        customer-goal "Get inspired"
			        feeling 1
			        volume 1000
			        touchpoint Ad { channel social experience 2 event ad_clicked { campaign: string required } }
			        pain Noise "Too many ads" { severity medium evidence Analytics }
			        opportunity Calm "Fewer, better ads" { value high effort low fixes Noise }
			    }
			    phase Interest {
			        customer-goal "Compare"
			        volume 500
			        touchpoint Search { channel search serves Buyers, Browsers }
			    }
			    phase Convert {
			        customer-goal "Decide"
			        volume 200
			        touchpoint Site { channel web event product_viewed { product_id: string required } }
			    }
			    phase Close {
			        customer-goal "Buy"
			        feeling -2
			        volume 50
			        kpis Conversion
			        touchpoint Checkout { channel web event purchase_completed { order_id: string required, value: number required } }
			    }
			    phase Delight {
			        customer-goal "Enjoy"
			        volume 60
			        touchpoint Newsletter { channel email }
			    }
			}

			initiative CalmAds "Calmer ads" {
			    realizes Calm
			    staffing covered
			    due 2027-01-31
			    milestone "Half the ads" by 2026-12-01 moves Conversion to 1.5
			}
			""";

	private JourneyModels() {
	}

	/** {@code model} with {@code from} replaced by {@code to}; fails if {@code from} is not there. */
	public static String variant(String model, String from, String to) {
		if (!model.contains(from)) {
			throw new IllegalArgumentException("The model does not contain: " + from);
		}
		return model.replace(from, to);
	}

	public static String variant(String from, String to) {
		return variant(CLEAN, from, to);
	}
}
