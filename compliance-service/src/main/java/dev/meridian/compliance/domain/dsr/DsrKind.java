package dev.meridian.compliance.domain.dsr;

/** ACCESS covers GDPR Art. 15 access and Art. 20 portability (a JSON export); ERASURE Art. 17 / CCPA deletion. */
public enum DsrKind {
    ACCESS,
    ERASURE
}
