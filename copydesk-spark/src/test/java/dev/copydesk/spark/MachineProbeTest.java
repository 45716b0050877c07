package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MachineProbe}: every probe is timed on one thread and on two, and the line names each with its figure. */
class MachineProbeTest {
    @Test
    void everyProbeIsTimedAndNamed() {
        MachineProbe.Result r = MachineProbe.measure(1);
        assertEquals(1 + MachineProbe.READ_MEGABYTES.length, r.probes().size(), r.toString());
        assertEquals("busy arithmetic", r.probes().get(0).name());
        for (int i = 0; i < MachineProbe.READ_MEGABYTES.length; i++) {
            assertEquals("random reads in " + MachineProbe.READ_MEGABYTES[i] + " MB per thread", r.probes().get(i + 1).name());
        }
        for (MachineProbe.Probe p : r.probes()) {
            // A ratio of two measured times; how large is the machine's business (a benchmark's, not a test's).
            assertTrue(p.scaling() > 0 && Double.isFinite(p.scaling()), p.toString());
        }
        assertTrue(r.lowest() <= r.probes().get(0).scaling());
    }

    @Test
    void theLineNamesEveryProbeWithItsFigure() {
        MachineProbe.Result r = new MachineProbe.Result(List.of(new MachineProbe.Probe("busy arithmetic", 1.934),
                new MachineProbe.Probe("random reads in 16 MB per thread", 1.451)), 5);
        assertEquals("the machine's ceiling, probes without Copydesk from one thread to two (median of 5 rounds): "
                + "busy arithmetic 1.93x; random reads in 16 MB per thread 1.45x\n", r.line());
        assertEquals(1.451, r.lowest());
        assertTrue(new MachineProbe.Result(List.of(new MachineProbe.Probe("busy arithmetic", 2)), 1).line().contains("(median of 1 round)"));
    }

    @Test
    void theLoopsComputeWhatTheySay() {
        // No step: the seeds' sum. Reads from an array of ones: one per step.
        assertEquals(1 + 2 + 3 + 4 + 5 + 6 + 7 + 8, MachineProbe.busy(0, 1));
        assertTrue(MachineProbe.busy(1000, 1) != MachineProbe.busy(1000, 2), "the seed matters");
        int[] ones = new int[1000];
        java.util.Arrays.fill(ones, 1);
        assertEquals(12345, MachineProbe.reads(ones, 12345, 7));
    }

    @Test
    void noRoundIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> MachineProbe.measure(0));
    }
}
