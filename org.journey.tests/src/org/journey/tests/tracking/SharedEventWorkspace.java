package org.journey.tests.tracking;

import java.util.Map;

/**
 * A workspace in which journeys of one package declare the same event differently: the web shop's
 * checkout and the phone hotline emit {@code order_placed} with different properties, and the
 * returns journey in another file of the package only counts it in a KPI. A journey of another
 * package (another Iglu vendor) declares {@code order_placed} its own way. Free of errors: the
 * property types agree wherever the event is declared.
 */
final class SharedEventWorkspace {

	static final String VENDOR = "nordlys.orders";
	static final String OTHER_VENDOR = "nordlys.stores";
	static final String ORDER_PLACED = "schemas/" + VENDOR + "/order_placed/jsonschema/1-0-0";
	static final String OTHER_ORDER_PLACED = "schemas/" + OTHER_VENDOR + "/order_placed/jsonschema/1-0-0";

	static final Map<String, String> FILES = Map.of("orders.journey", """
			package nordlys.orders

			segment Buyers "Buyers" { share 80% }

			kpi Orders "Orders per month" {
			    unit count
			    baseline 100
			    target 150
			    formula count(order_placed)
			}
			goal MoreOrders "More orders" { kind new-sales kpis Orders }

			journey WebOrder "Ordering in the web shop" {
			    for Buyers
			    pursues MoreOrders
			    phase Buy {
			        customer-goal "Order a painting"
			        touchpoint Checkout {
			            channel web
			            event order_placed "An order is placed" {
			                order_id: string required "The shop's order number",
			                total: number required,
			                items: integer required
			            }
			        }
			    }
			}

			journey PhoneOrder "Ordering by phone" {
			    for Buyers
			    pursues MoreOrders
			    phase Buy {
			        customer-goal "Order without a computer"
			        touchpoint Hotline {
			            channel phone
			            event order_placed {
			                order_id: string required,
			                items: integer required "Paintings ordered",
			                voucher: string
			            }
			        }
			    }
			}
			""", "returns.journey", """
			package nordlys.orders

			segment Returners "Customers who return a painting" { share 10% }

			kpi ReturnRate "Returns per order" {
			    unit ratio
			    baseline 0.08
			    target 0.05
			    direction decrease
			    formula count(return_requested) / count(order_placed)
			}
			goal FewerReturns "Fewer returns" { kind custom kpis ReturnRate }

			journey Returning "Returning a painting" {
			    for Returners
			    pursues FewerReturns
			    phase Return {
			        customer-goal "Send it back"
			        touchpoint ReturnForm { channel web event return_requested { order_id: string required } }
			    }
			}
			""", "stores.journey", """
			package nordlys.stores

			segment Visitors "Gallery visitors" { share 50% }

			kpi StoreOrders "Orders in the gallery" {
			    unit count
			    baseline 10
			    target 20
			    formula count(order_placed)
			}
			goal MoreStoreOrders "More orders in the gallery" { kind new-sales kpis StoreOrders }

			journey GalleryOrder "Ordering in the gallery" {
			    for Visitors
			    pursues MoreStoreOrders
			    phase Buy {
			        customer-goal "Take a painting home"
			        touchpoint Till { channel store event order_placed { order_id: string required, total: number required, store: string required } }
			    }
			}
			""");

	private SharedEventWorkspace() {
	}
}
