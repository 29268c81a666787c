package dev.meridian.compliance.domain.tax;

/**
 * DDP: the seller collects import tax and duty at checkout and pays them at the border (no surprise at the
 * door). DAP: the buyer pays them on delivery; the quote shows them as an estimate.
 */
public enum Incoterm {
    DDP,
    DAP
}
