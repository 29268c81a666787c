package dev.meridian.fulfillment.domain.shipping;

import java.time.LocalDate;

/** Calendar days from now to delivery, and the dates they give (weekends and holidays are not modelled yet). */
public record DeliveryEstimate(int minDays, int maxDays, LocalDate earliest, LocalDate latest) {
}
