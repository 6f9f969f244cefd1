package org.ungis.changeevents;

/**
 * A change-event payload: the aggregate's full state after the change, with its version. A
 * consumer keeps a replica from the latest payload alone and ignores versions it has already
 * applied.
 */
public interface AggregateState {
    String id();

    long version();
}
