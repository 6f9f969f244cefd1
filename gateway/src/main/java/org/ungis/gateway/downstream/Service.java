package org.ungis.gateway.downstream;

/** The services behind the gateway, by the name they have in routes and errors. */
public enum Service {
    MEMBERSHIP("membership"),
    RESOLUTIONS("resolutions"),
    EVENTS("events");

    private final String routeName;

    Service(String routeName) {
        this.routeName = routeName;
    }

    /** {@code membership}: the route prefix {@code /api/membership} and the name in error extensions. */
    public String routeName() {
        return routeName;
    }

    public String serviceName() {
        return routeName + "-service";
    }
}
