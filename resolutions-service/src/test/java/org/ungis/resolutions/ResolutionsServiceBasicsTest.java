package org.ungis.resolutions;

import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.ServiceBasicsContract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class ResolutionsServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String documentedPath() {
        return "/documents";
    }
}
