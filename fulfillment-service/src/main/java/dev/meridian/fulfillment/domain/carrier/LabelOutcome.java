package dev.meridian.fulfillment.domain.carrier;

public sealed interface LabelOutcome {

    int attempts();

    record Created(Label label, int attempts) implements LabelOutcome {
    }

    record Failed(String reason, int attempts) implements LabelOutcome {
    }
}
