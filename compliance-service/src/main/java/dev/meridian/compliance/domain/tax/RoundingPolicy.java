package dev.meridian.compliance.domain.tax;

/**
 * Where tax is rounded to the minor unit (always half-up). Jurisdictions differ: EU/UK VAT invoices may round
 * per line, Japan's qualified invoices round once per rate per invoice, Canadian and US sales taxes are
 * computed on the invoice total. PER_TOTAL rounds the sum once and gives each line its share by largest
 * remainder, so lines still add up exactly to the total.
 */
public enum RoundingPolicy {
    PER_LINE,
    PER_TOTAL
}
