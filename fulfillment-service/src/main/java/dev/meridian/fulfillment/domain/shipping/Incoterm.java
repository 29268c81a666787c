package dev.meridian.fulfillment.domain.shipping;

/**
 * Who pays duties and import VAT: DDP (delivered duty paid, the merchant: no surprise at the door) or DAP
 * (delivered at place, the buyer pays on delivery).
 */
public enum Incoterm {
    DDP, DAP
}
