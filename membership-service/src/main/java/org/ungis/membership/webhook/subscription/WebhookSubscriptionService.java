package org.ungis.membership.webhook.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.ungis.membership.organization.OrganizationRepository;
import org.ungis.membership.webhook.WebhookSettings;
import org.ungis.membership.webhook.delivery.DeliveryQueue;
import org.ungis.membership.webhook.safety.EndpointPolicy;
import org.ungis.membership.webhook.safety.RefusedEndpointException;
import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.security.Caller;

/**
 * Partners manage their own organization's subscriptions; the secretariat manages all. A
 * subscription of another organization answers 404 to a partner, as if it did not exist.
 */
@ApplicationScoped
public class WebhookSubscriptionService {
    private final WebhookSubscriptionRepository subscriptions;
    private final OrganizationRepository organizations;
    private final EndpointPolicy endpoints;
    private final SigningSecrets secrets;
    private final DeliveryQueue deliveries;
    private final WebhookSettings settings;

    public WebhookSubscriptionService(WebhookSubscriptionRepository subscriptions, OrganizationRepository organizations,
            EndpointPolicy endpoints, SigningSecrets secrets, DeliveryQueue deliveries, WebhookSettings settings) {
        this.subscriptions = subscriptions;
        this.organizations = organizations;
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.deliveries = deliveries;
        this.settings = settings;
    }

    @Transactional
    public CreatedSubscription create(Caller caller, SubscriptionRequest request) {
        UUID owner = owner(caller, request.organizationId());
        String url = checkedUrl(request.url());
        List<String> eventTypes = EventTypeFilters.validated(request.eventTypes());
        UUID id = UUID.randomUUID();
        String secret = secrets.generate();
        WebhookSubscription subscription = new WebhookSubscription(id, owner, url, eventTypes,
                blankToNull(request.description()), secrets.encrypt(secret, id), Instant.now());
        subscriptions.persist(subscription);
        subscriptions.flush();
        return new CreatedSubscription(subscription.toView(), secret);
    }

    @Transactional
    public List<SubscriptionView> list(Caller caller, UUID organization) {
        if (caller.secretariat()) {
            return views(subscriptions.listFor(Optional.ofNullable(organization)));
        }
        // a partner sees its own organization's, and nothing when it asks for another's
        return caller.organization().filter(own -> organization == null || own.equals(organization))
                .map(own -> views(subscriptions.listFor(Optional.of(own)))).orElse(List.of());
    }

    private static List<SubscriptionView> views(List<WebhookSubscription> found) {
        return found.stream().map(WebhookSubscription::toView).toList();
    }

    @Transactional
    public SubscriptionView get(Caller caller, String id) {
        return visible(caller, id, false).toView();
    }

    @Transactional
    public SubscriptionView update(Caller caller, String id, OptionalLong expectedVersion, SubscriptionRequest request) {
        WebhookSubscription subscription = lockForChange(caller, id, expectedVersion);
        if (request.organizationId() != null && !request.organizationId().equals(subscription.organizationId())) {
            throw ProblemException.unprocessable("owner-unchangeable", "A subscription stays with its organization.",
                    List.of(new FieldError("organizationId", "must be left out or be " + subscription.organizationId())));
        }
        subscription.change(checkedUrl(request.url()), EventTypeFilters.validated(request.eventTypes()),
                blankToNull(request.description()), Instant.now());
        subscriptions.flush();
        deliveries.subscriptionChangedAfterCommit(subscription.id());
        return subscription.toView();
    }

    @Transactional
    public SubscriptionView pause(Caller caller, String id) {
        WebhookSubscription subscription = lockForChange(caller, id, OptionalLong.empty());
        subscription.pause(Instant.now());
        subscriptions.flush();
        deliveries.subscriptionChangedAfterCommit(subscription.id());
        return subscription.toView();
    }

    @Transactional
    public SubscriptionView resume(Caller caller, String id) {
        WebhookSubscription subscription = lockForChange(caller, id, OptionalLong.empty());
        subscription.resume(Instant.now());
        subscriptions.flush();
        deliveries.wakeAfterCommit();
        return subscription.toView();
    }

    @Transactional
    public void delete(Caller caller, String id) {
        WebhookSubscription subscription = lockForChange(caller, id, OptionalLong.empty());
        deliveries.deleteDeliveriesOf(subscription.id());
        subscriptions.delete(subscription);
        deliveries.subscriptionChangedAfterCommit(subscription.id());
    }

    /** A new secret, shown once; the previous one keeps signing for the rotation overlap. */
    @Transactional
    public CreatedSubscription rotateSecret(Caller caller, String id) {
        WebhookSubscription subscription = lockForChange(caller, id, OptionalLong.empty());
        String secret = secrets.generate();
        subscription.rotate(secrets.encrypt(secret, subscription.id()), settings.rotationOverlap(), Instant.now());
        subscriptions.flush();
        deliveries.subscriptionChangedAfterCommit(subscription.id());
        return new CreatedSubscription(subscription.toView(), secret);
    }

    /** Sends a ping message to this endpoint only; the answer is the delivery to follow in the log. */
    @Transactional
    public long test(Caller caller, String id) {
        WebhookSubscription subscription = visible(caller, id, false);
        return deliveries.enqueuePing(subscription.id(), subscription.organizationId());
    }

    /** The subscription if the caller may see it; 404 otherwise. */
    @Transactional
    public UUID visibleId(Caller caller, String id) {
        return visible(caller, id, false).id();
    }

    private WebhookSubscription visible(Caller caller, String id, boolean lock) {
        UUID key;
        try {
            key = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("webhook subscription", id);
        }
        Optional<WebhookSubscription> found = lock
                ? subscriptions.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE)
                : subscriptions.findByIdOptional(key);
        return found.filter(subscription -> caller.actsFor(subscription.organizationId()))
                .orElseThrow(() -> ProblemException.notFound("webhook subscription", id));
    }

    private WebhookSubscription lockForChange(Caller caller, String id, OptionalLong expectedVersion) {
        WebhookSubscription subscription = visible(caller, id, true);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != subscription.version()) {
            throw ProblemException.preconditionFailed("The subscription is at version " + subscription.version()
                    + ", not " + expectedVersion.getAsLong() + ".");
        }
        return subscription;
    }

    private UUID owner(Caller caller, UUID requested) {
        if (!caller.secretariat()) {
            UUID own = caller.organization().orElseThrow(() -> new ProblemException(403, "forbidden", "Forbidden",
                    "This partner token names no organization."));
            if (requested != null && !requested.equals(own)) {
                throw new ProblemException(403, "forbidden", "Forbidden",
                        "A partner manages the subscriptions of its own organization only.");
            }
            return own;
        }
        if (requested == null) {
            throw ProblemException.unprocessable("owner-required", "Name the organization that owns the subscription.",
                    List.of(new FieldError("organizationId", "required for the secretariat")));
        }
        if (organizations.findByIdOptional(requested).isEmpty()) {
            throw ProblemException.unprocessable("unknown-organization", "No organization with id " + requested + ".",
                    List.of(new FieldError("organizationId", "no such organization")));
        }
        return requested;
    }

    private String checkedUrl(String url) {
        try {
            return endpoints.check(url).url();
        } catch (RefusedEndpointException e) {
            throw ProblemException.unprocessable("refused-endpoint", "This URL cannot receive webhooks: "
                    + e.getMessage() + ".", List.of(new FieldError("url", e.getMessage())));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
