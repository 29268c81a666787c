package dev.meridian.webhook.service.delivery;

import dev.meridian.webhook.domain.endpoint.Endpoint;
import dev.meridian.webhook.persistence.MessageRepository;

/** One claimed message on its way to an endpoint (the endpoint as it was when the message was claimed). */
record Work(Endpoint endpoint, MessageRepository.Claimed message) {
}
