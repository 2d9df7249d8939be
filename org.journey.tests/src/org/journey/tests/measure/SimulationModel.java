package org.journey.tests.measure;

/**
 * The journey the simulation tests walk: Danish titles and phase names, a phase without a volume,
 * every property type, required and optional properties. Its modelled funnel, worked out by hand:
 * Opdag (volume 10000) is every customer's; Overvej has no volume, so everyone who discovered
 * moves on; Køb is 2500 / 10000 = 25% of Overvej; Brug is 500 / 2500 = 20% of Køb.
 */
final class SimulationModel {

	static final String TEXT = """
			package butik

			segment Kunder "Kunder på Østerbro og Ærø"

			kpi UgeKøb "Køb inden for en uge" {
			    unit percent
			    formula conversion(view_item -> purchase within 7 days)
			}

			journey PlakatKøb "Køb af plakater på Nørrebro" {
			    for Kunder
			    phase Opdag "Opdagelse på Ærø" {
			        volume 10000
			        touchpoint Annonce "Annonce på Facebook" {
			            channel social online
			            event ad_clicked { campaign: string required, position: integer }
			        }
			        touchpoint Nyhedsbrev "Nyhedsbrevet «Måneden»" {
			            channel email online
			            event newsletter_open
			        }
			    }
			    phase Overvej "Overvejelse, før køb" {
			        kpis UgeKøb
			        touchpoint Webshop "Webshoppen på ærø.dk" {
			            channel web online
			            event view_item { item_id: string required, price: number required, in_stock: boolean }
			        }
			    }
			    phase Køb "Køb" {
			        volume 2500
			        touchpoint Kasse "Kassen" {
			            channel web online
			            event purchase { order_id: string required, value: number required, quantity: integer required, gift: boolean }
			        }
			    }
			    phase Brug "Brug og anmeldelse" {
			        volume 500
			        touchpoint Anmeldelse "Anmeldelse på Trustpilot" {
			            channel web online
			            event review_written { stars: integer required, recommends: boolean required }
			        }
			    }
			}
			""";

	private SimulationModel() {
	}
}
