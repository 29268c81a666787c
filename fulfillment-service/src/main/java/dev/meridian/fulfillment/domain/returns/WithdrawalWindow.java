package dev.meridian.fulfillment.domain.returns;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The statutory right of withdrawal (EU, UK: 14 days after delivery). Counted in calendar days in the market's
 * time zone: delivered on the 1st, the 15th is day 14 and still allowed; the 16th is day 15 and refused.
 */
public record WithdrawalWindow(int days, ZoneId zone) {

    public long dayOf(Instant deliveredAt, Instant now) {
        return ChronoUnit.DAYS.between(deliveredAt.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate());
    }

    public boolean allows(Instant deliveredAt, Instant now) {
        return dayOf(deliveredAt, now) <= days;
    }
}
