package dev.reviewstats.testing;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * jqwik's way to skip properties that read {@code ../shared/corpus} when it is absent, with a visible
 * message; under CI ({@code CI=true}) nothing is skipped, so the property fails loudly instead.
 */
public final class RequiresSharedCorpus implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        if (SharedCorpus.isPresent() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return SkipResult.doNotSkip();
        }
        String msg = "../shared/corpus not found at " + SharedCorpus.location() + ": corpus properties skipped";
        System.err.println("SKIPPED: " + msg);
        return SkipResult.skip(msg);
    }
}
