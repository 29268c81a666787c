package dev.meridian.checkout.domain.order;

/** One move on one axis: the timeline entry and part of the event integrators receive. */
public record AxisChange(String axis, String from, String to) {
}
