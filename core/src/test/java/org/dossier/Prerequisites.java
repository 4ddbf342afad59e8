package org.dossier;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a test needs from outside the clone (../shared, a validator .ci/run installs): without it the test is
 * skipped and says why — except on CI ({@code CI=true}), which always has it, where its absence fails the test.
 */
public final class Prerequisites {
    private Prerequisites() {}

    public static void require(boolean present, String missing) {
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true, yet " + missing);
        }
        assumeTrue(present, "skipped: " + missing);
    }
}
