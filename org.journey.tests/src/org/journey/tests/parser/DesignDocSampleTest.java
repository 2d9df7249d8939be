package org.journey.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.journey.Model;
import org.journey.dsl.validation.IssueCodes;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
/** The sample of the design doc, in this grammar, parses and links; only completeness hints remain. */
class DesignDocSampleTest {
	@Inject
	ParseHelper<Model> parseHelper;
	@Inject
	ValidationTestHelper validation;

	@Test
	void designDocSampleParsesLinksAndValidates() throws Exception {
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
				kpi ViewToPurchase { unit percent formula conversion(product_viewed -> purchase_completed within 90 days) target 20 baseline 10 }

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
		List<String> codes = validation.validate(model).stream().map(Issue::getCode).sorted().toList();
		assertEquals(List.of(IssueCodes.MODEL_PHASES_MISSING, IssueCodes.PHASE_WITHOUT_CUSTOMER_GOAL,
				IssueCodes.PHASE_WITHOUT_CUSTOMER_GOAL, IssueCodes.UNUSED_KPI, IssueCodes.UNUSED_KPI), codes);
	}

	@Test
	void impossibleDateIsAnInvalidValueWithItsPosition() throws Exception {
		Issue issue = validation.validate(parseHelper.parse("initiative I { due 2027-02-30 }")).get(0);

		assertEquals(IssueCodes.INVALID_VALUE, issue.getCode());
		assertEquals(20, issue.getColumn());
		assertEquals("'2027-02-30' is not a date: write it as yyyy-mm-dd, e.g. 2027-06-30", issue.getMessage());
	}

	@Test
	void elementOutsideItsContainerExplainsWhatMayFollow() throws Exception {
		Issue issue = validation.validate(parseHelper.parse("segment S\nphase P { }")).get(0);

		assertEquals(IssueCodes.SYNTAX_ERROR, issue.getCode());
		assertEquals(2, issue.getLineNumber());
		assertTrue(issue.getMessage().contains("only package, import, segment"), issue.getMessage());
	}

	@Test
	void fileEndingInsideABlockSaysSo() throws Exception {
		Issue issue = validation.validate(parseHelper.parse("journey J {\n  phase P {\n")).get(0);

		assertEquals(IssueCodes.SYNTAX_ERROR, issue.getCode());
		assertTrue(issue.getMessage().startsWith("The file ends too early"), issue.getMessage());
	}
}
