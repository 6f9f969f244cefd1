package org.ungis.events;

import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.ServiceBasicsContract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class EventsServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String documentedPath() {
        return "/events";
    }
}
