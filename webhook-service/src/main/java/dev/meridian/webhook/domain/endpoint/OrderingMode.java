package dev.meridian.webhook.domain.endpoint;

/** Whether events of one aggregate (the CloudEvent subject: an order, a shipment) reach the endpoint in order. */
public enum OrderingMode {
    /** One message per aggregate at a time, in the order the events arrived, with a head-of-line timeout. */
    PER_AGGREGATE,
    /** As fast as possible, no order promised. */
    NONE
}
