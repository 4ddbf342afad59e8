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
        if (!present) {
            // surefire does not print why a whole class was skipped: say it here
            System.err.println("SKIPPED (" + caller() + "): " + missing);
        }
        assumeTrue(present, "skipped: " + missing);
    }

    private static String caller() {
        return StackWalker.getInstance()
                .walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                        .filter(name -> name.endsWith("Test") || name.endsWith("Site"))
                        .findFirst()
                        .orElse("a test"));
    }
}
