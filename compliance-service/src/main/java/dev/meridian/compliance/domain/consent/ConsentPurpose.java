package dev.meridian.compliance.domain.consent;

/** Purposes a data subject consents to (or not); SALE_SHARE is CCPA's "sale or sharing" opt-out. */
public enum ConsentPurpose {
    NECESSARY,
    ANALYTICS,
    MARKETING,
    PERSONALISATION,
    SALE_SHARE
}
