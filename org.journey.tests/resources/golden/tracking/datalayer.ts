// dataLayer pushes for journey Buying (Buying online).
// Generated from the journey model: change the .journey file, not this one.
//
// Each function pushes one event to window.dataLayer, where the container in gtm-container.json
// fires the event's GA4 tag and reads each parameter with a data layer variable.
// GA4's ecommerce events carry their ecommerce parameters and items in an 'ecommerce' object,
// which their GA4 tags send as ecommerce data.

function pushToDataLayer(event: string, parameters: object): void {
  // no global declaration of window.dataLayer: it would clash with other libraries' own
  const w = window as unknown as { dataLayer?: object[] };
  w.dataLayer = w.dataLayer || [];
  w.dataLayer.push({ event, ...parameters });
}

function pushEcommerceToDataLayer(event: string, parameters: object, ecommerce: object): void {
  const w = window as unknown as { dataLayer?: object[] };
  w.dataLayer = w.dataLayer || [];
  // GTM merges each push into what the data layer holds: clear the previous ecommerce object,
  // or its items and values would be sent again with this event
  w.dataLayer.push({ ecommerce: null });
  w.dataLayer.push({ event, ...parameters, ecommerce });
}

/** The parameters of event ad_clicked. */
export interface AdClickedParameters {
  /** Campaign name, as in the ad tool */
  campaign: string;
}

/**
 * ad_clicked: Click on a paid social ad
 */
export function pushAdClicked(parameters: AdClickedParameters): void {
  pushToDataLayer("ad_clicked", parameters);
}

/** The parameters of event product_viewed. */
export interface ProductViewedParameters {
  product_id: string;
  price: number;
  in_stock?: boolean;
}

/**
 * product_viewed: Emitted by touchpoint Site in phase Convert
 * Measures KPI Conversion.
 */
export function pushProductViewed(parameters: ProductViewedParameters): void {
  pushToDataLayer("product_viewed", { in_stock: undefined, ...parameters });
}

/** The parameters of event purchase. */
export interface PurchaseParameters {
  order_id: string;
  value: number;
  /** An integer. */
  item_count: number;
}

/**
 * purchase: Order placed and paid
 * Measures KPIs Conversion, OrderValue.
 * A GA4 ecommerce event: pushed with an ecommerce object, which its GA4 tag sends as ecommerce data.
 */
export function pushPurchase(parameters: PurchaseParameters): void {
  const eventParameters = {
    order_id: parameters.order_id,
    item_count: parameters.item_count,
  };
  const ecommerce = {
    value: parameters.value,
  };
  pushEcommerceToDataLayer("purchase", eventParameters, ecommerce);
}

/**
 * newsletter_opened: Emitted by touchpoint Newsletter in phase Delight
 * Measures KPI NewsletterReach.
 */
export function pushNewsletterOpened(): void {
  pushToDataLayer("newsletter_opened", {});
}

/** The parameters of event review_written. */
export interface ReviewWrittenParameters {
  /** An integer. */
  stars: number;
  /** An integer. */
  text_length?: number;
}

/**
 * review_written: Emitted by touchpoint Review in phase Delight
 */
export function pushReviewWritten(parameters: ReviewWrittenParameters): void {
  pushToDataLayer("review_written", { text_length: undefined, ...parameters });
}
