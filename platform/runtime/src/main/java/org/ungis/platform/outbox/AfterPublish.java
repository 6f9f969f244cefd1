package org.ungis.platform.outbox;

import java.util.List;

/**
 * Work a service does with its own change events once the broker has them, in the relay's
 * transaction that marks them published: it commits with that mark or not at all, so each event
 * is taken exactly once even across crashes (a crash before the commit sends the batch again and
 * calls again; what it wrote before was rolled back). Called with each batch in outbox order.
 * A failure here holds the batch back with it (sent again on the next drain), so keep it to
 * writes that cannot fail on an event's content.
 */
public interface AfterPublish {
    void published(List<PublishedChange> changes);
}
