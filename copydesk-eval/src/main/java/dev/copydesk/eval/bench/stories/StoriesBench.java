package dev.copydesk.eval.bench.stories;

import dev.copydesk.core.Article;
import dev.copydesk.link.ArticleLink;
import dev.copydesk.link.LinkResult;
import dev.copydesk.link.Linker;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;

/**
 * Times the {@link Linker} on a {@link StoryCorpus} of a given size, in this JVM: articles are generated one at a
 * time (generation is not timed), added in order and linked; no annotation runs (stories see words only). Both
 * the wall-clock time and the linking thread's CPU time are taken: on a shared machine the second is the steadier
 * (it excludes time waiting for a core, not garbage collection on other threads). The
 * peak heap is the sum of the heap pools' peaks over the run (garbage included); the retained heap is what is in
 * use after a full collection with the linker and its result still reachable. Not thread-safe: one run at a time.
 */
public final class StoriesBench {
    private static final long PROGRESS_EVERY = 10_000;

    private StoriesBench() {
    }

    /** Links the first {@code size} articles of {@code corpus}; {@code progress} hears a line now and then. */
    public static StoriesBenchReport.Row run(StoryCorpus corpus, int size, Consumer<String> progress) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, not " + size);
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Linker linker = new Linker();
        long nanos = 0;
        long cpu = 0;
        for (int i = 0; i < size; i++) {
            Article a = corpus.article(i);
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            linker.add(a);
            cpu += threads.getCurrentThreadCpuTime() - startCpu;
            nanos += System.nanoTime() - start;
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.accept(String.format("%,d/%,d articles linked, %.1f s", i + 1, size, nanos / 1e9));
            }
        }
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        LinkResult result = linker.finish();
        cpu += threads.getCurrentThreadCpuTime() - startCpu;
        nanos += System.nanoTime() - start;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int duplicates = (int) result.articles().stream().filter(ArticleLink::isDuplicate).count();
        StoriesBenchReport.Row row = new StoriesBenchReport.Row(size, nanos / 1e9, cpu / 1e9, result.stories().size(), duplicates,
                peak, retained, Runtime.getRuntime().maxMemory());
        Reference.reachabilityFence(linker);
        Reference.reachabilityFence(result);
        return row;
    }
}
