package dev.meridian.checkout.domain.checkout;

/**
 * Who pays import duty and VAT: DDP, the merchant (collected at checkout, nothing at the door), or DAP, the buyer
 * on delivery (shown in the quote as payable on delivery).
 */
public enum Incoterm {
    DDP, DAP
}
