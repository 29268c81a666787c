package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;

/**
 * A threshold comparison as it was made: the consignment value converted (when needed) into the threshold's
 * currency, and whether it stayed at or below the threshold.
 *
 * @param kind LOW_VALUE_REGIME or DUTY_DE_MINIMIS
 */
public record ThresholdCheck(String kind, RuleRef rule, Money threshold, Conversion value, boolean atOrBelow) {
}
