package dev.meridian.fulfillment.client.carrier;

/** What the simulator does on one call, scripted by tests or drawn at random in dev. */
public enum SimulatorBehaviour {
    OK,
    /** Fails before doing anything: like a connection timeout. */
    TIMEOUT_BEFORE,
    /** Creates the label, then the answer is lost: like a read timeout. The dangerous case for duplicates. */
    TIMEOUT_AFTER,
    /** A permanent refusal (e.g. address not deliverable). */
    REJECT,
    /** The adapter itself breaks with an error it does not classify (a bug, an unexpected answer). */
    BREAK
}
