package org.journey.tests.parser;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.journey.dsl.journey.Model;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class SmokeTest {
	@Inject
	ParseHelper<Model> parseHelper;
	@Inject
	ValidationTestHelper validation;

	@Test
	void sample() throws Exception {
		Model model = parseHelper.parse("""
				package webshop

				segment HomeDecorators "Home decorators" {
				    description "25-45, furnishing a new home, shops mostly on mobile"
				    share 60%
				    needs "Inspiration", "Fair prices"
				    triggers "Moving house"
				}

				source Interviews "12 customer interviews, spring 2026" { kind interviews }

				kpi Conversion "Visit-to-purchase conversion" {
				    unit percent
				    baseline 1.2
				    target 2.0 by 2027-06-30
				    formula count(purchase_completed) / count(product_viewed)
				}
				kpi OrderValue { unit currency formula avg(purchase_completed.value) target 900 baseline 800 }
				kpi Repeat { unit percent formula conversion(purchase_completed -> purchase_completed within 90 days) target 20 baseline 10 }

				goal MoreNewSales "Increase new sales" { kind new-sales kpis Conversion }

				journey FirstPurchase "Buying a painting online" {
				    for HomeDecorators
				    pursues MoreNewSales
				    model eight-phases
				    language en

				    phase Discover {
				        customer-goal "Find something that fits my living room"
				        doing "Scrolls Instagram"
				        thinking "What style suits me?"
				        feeling 1
				        volume 120000

				        touchpoint InstagramAd "Instagram ad" {
				            channel social online
				            owner "Marketing"
				            experience -1
				            event ad_clicked { campaign: string required, creative_id: string }
				        }
				        pain PricesHidden "Prices are not shown in ads" { severity high evidence Interviews }
				        opportunity ShowPrices "Show the price range in ads" { value high effort low fixes PricesHidden }
				    }
				    phase Consider { touchpoint ProductPage { channel web online event product_viewed { product_id: string required } } }
				    phase Buy { volume 2400 kpis Conversion touchpoint Checkout { channel web online event purchase_completed { order_id: string required, value: number required } } }
				}

				initiative PriceTransparency "Price transparency in ads" {
				    realizes ShowPrices
				    owner "Marketing"
				    staffing upskill
				    due 2027-01-31
				    milestone "Prices in all ads" by 2026-12-15 moves Conversion to 1.5
				}
				""");
		assertNotNull(model);
		validation.validate(model).forEach(System.out::println);
	}
}
