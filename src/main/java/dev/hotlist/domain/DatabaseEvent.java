package dev.hotlist.domain;

import java.util.Set;

/** What the database tells the app while it is open: others committed, or the connection to the server came or went. */
public sealed interface DatabaseEvent {
    /** Someone else committed; {@code leadIds} are the leads they wrote, as far as the notice said (maybe none). */
    record Changed(Set<Long> leadIds) implements DatabaseEvent {
    }

    /** The server cannot be reached; the store is trying again, every {@code retryInSeconds} at most. */
    record Offline(String why, long retryInSeconds) implements DatabaseEvent {
    }

    /** The server is back; what changed meanwhile is fetched as any other change. */
    record Online() implements DatabaseEvent {
    }
}
