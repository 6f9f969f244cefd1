package org.ungis.platform.versioning;

import java.util.OptionalLong;

import jakarta.ws.rs.core.EntityTag;

import org.ungis.platform.problem.ProblemException;

/** {@code ETag} is an aggregate's version; {@code If-Match} names the version a write expects (412 when stale). */
public final class VersionPreconditions {
    private VersionPreconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 412 when the write expected another version of the {@code aggregate} (a name such as "document") than it is at. */
    public static void require(OptionalLong expectedVersion, long actualVersion, String aggregate) {
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != actualVersion) {
            throw ProblemException.preconditionFailed("The " + aggregate + " is at version " + actualVersion + ", not "
                    + expectedVersion.getAsLong() + "; read it again before changing it.");
        }
    }

    /** The version in an If-Match header ({@code "3"}, {@code 3} or {@code W/"3"}); empty when absent. */
    public static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag this API returned, such as \"3\"");
        }
    }
}
