package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.entente.enrich.entities.GazetteerEntityRecognizer;

/**
 * The heap the loaded entity recogniser (gazetteer, trie, rules) retains: used heap after a full GC with the
 * recogniser reachable, minus used heap after a full GC before loading, plus its load time. Also the articles per
 * second of thread CPU time over the dev corpus, a figure that, unlike {@link EntityBench}'s wall-clock throughput,
 * holds on a machine shared with other work.
 * Run: {@code java -cp bench/target/benchmarks.jar org.entente.bench.GazetteerHeap}.
 */
public final class GazetteerHeap {
    private GazetteerHeap() {}

    public static void main(String[] args) throws InterruptedException, java.io.IOException {
        final MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        // Warm the JDK's locale data first: CLDR names are shared JDK state, not the gazetteer's.
        java.util.Locale.forLanguageTag("ar").getDisplayName();
        new java.util.Locale("", "SY").getDisplayCountry(java.util.Locale.forLanguageTag("ru"));
        final long before = settledUsed(mem);
        final long t0 = System.nanoTime();
        final GazetteerEntityRecognizer recognizer = GazetteerEntityRecognizer.load();
        final long loadMs = (System.nanoTime() - t0) / 1_000_000;
        final long after = settledUsed(mem);
        System.out.printf("%s; load %d ms; retained heap %.1f MiB%n", recognizer.describe(), loadMs,
                (after - before) / 1048576.0);
        if (recognizer.recognize("Lavrov", "en").isEmpty()) {
            throw new IllegalStateException("recogniser broken"); // keeps it reachable until here
        }
        final java.util.List<String[]> articles = EntityBench.readCorpus(EntityBench.corpus());
        final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) { // the first rounds warm the JIT
            final long cpu0 = threads.getCurrentThreadCpuTime();
            int n = 0;
            while (threads.getCurrentThreadCpuTime() - cpu0 < 5_000_000_000L) {
                final String[] a = articles.get(n % articles.size());
                recognizer.recognize(a[0], a[1]);
                n++;
            }
            final double seconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("round %d: %.0f articles per CPU-second (%d articles)%n", round + 1, n / seconds, n);
        }
    }

    private static long settledUsed(MemoryMXBean mem) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
