package org.ungis.membership;

import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.ServiceBasicsContract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class MembershipServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String documentedPath() {
        return "/organizations";
    }
}
