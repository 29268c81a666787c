package dev.meridian.compliance.domain.dsr;

/** OPEN until every expected service has acknowledged; overdue is derived from the deadline, not stored. */
public enum DsrStatus {
    OPEN,
    COMPLETED
}
