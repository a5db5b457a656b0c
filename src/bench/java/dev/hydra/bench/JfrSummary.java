package dev.hydra.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a recording's time and memory went, in a few short lists: CPU samples by thread group, by the Hydra method
 * nearest the top of the stack and by top frame; allocation (sampled bytes) by class and by the Hydra method that
 * allocated; GC pauses, and the heap after GC and committed.
 *
 * <p>Usage: {@code JfrSummary FILE.jfr [--top 15]}. Record with
 * {@code -XX:StartFlightRecording=settings=profile,filename=FILE.jfr}.
 */
public final class JfrSummary {

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        int top = a.integer("top", 15);
        Map<String, Long> byThread = new HashMap<>();
        Map<String, Long> byHydraFrame = new HashMap<>();
        Map<String, Long> byTopFrame = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> allocByClass = new HashMap<>();
        Map<String, Long> allocByHydraFrame = new HashMap<>();
        long samples = 0;
        long allocated = 0;
        long gcs = 0;
        Duration gcPause = Duration.ZERO;
        Duration longestPause = Duration.ZERO;
        long maxUsedAfterGc = 0;
        long maxCommitted = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(a.positional(0)))) {
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    samples++;
                    RecordedThread thread = event.getThread("sampledThread");
                    add(byThread, threadGroup(thread == null ? "?" : thread.getJavaName()), 1);
                    RecordedStackTrace stack = event.getStackTrace();
                    if (stack != null && !stack.getFrames().isEmpty()) {
                        List<RecordedFrame> frames = stack.getFrames();
                        add(byTopFrame, name(frames.get(0)), 1);
                        add(byHydraFrame, firstHydra(frames), 1);
                        Set<String> seen = new HashSet<>();
                        for (RecordedFrame frame : frames) {
                            String n = name(frame);
                            if (seen.add(n)) {
                                add(inclusive, n, 1);
                            }
                        }
                    }
                }
                case "jdk.ObjectAllocationSample" -> {
                    long weight = event.getLong("weight");
                    allocated += weight;
                    add(allocByClass, event.getClass("objectClass").getName(), weight);
                    RecordedStackTrace stack = event.getStackTrace();
                    add(allocByHydraFrame, stack == null ? "?" : firstHydra(stack.getFrames()), weight);
                }
                case "jdk.GarbageCollection" -> {
                    gcs++;
                    gcPause = gcPause.plus(event.getDuration("sumOfPauses"));
                    Duration longest = event.getDuration("longestPause");
                    longestPause = longest.compareTo(longestPause) > 0 ? longest : longestPause;
                }
                case "jdk.GCHeapSummary" -> {
                    if (event.getString("when").equals("After GC")) {
                        maxUsedAfterGc = Math.max(maxUsedAfterGc, event.getLong("heapUsed"));
                    }
                    jdk.jfr.consumer.RecordedObject space = event.getValue("heapSpace");
                    if (space != null) {
                        maxCommitted = Math.max(maxCommitted, space.getLong("committedSize"));
                    }
                }
                default -> {}
            }
        }
        System.out.printf("CPU samples: %d%n", samples);
        print("  by thread", byThread, samples, top);
        print("  by the Hydra method nearest the top of the stack", byHydraFrame, samples, top);
        print("  by top frame", byTopFrame, samples, top);
        print("  inclusive (any frame)", inclusive, samples, top * 2);
        System.out.printf("allocation (sampled): %d MB%n", allocated >> 20);
        print("  by class", allocByClass, allocated, top);
        print("  by the Hydra method nearest the top of the stack", allocByHydraFrame, allocated, top);
        System.out.printf(
                "GC: %d collections, pauses %d ms in all, longest %d ms; heap used after GC at most %d MB,"
                        + " committed at most %d MB%n",
                gcs, gcPause.toMillis(), longestPause.toMillis(), maxUsedAfterGc >> 20, maxCommitted >> 20);
    }

    /** Thread names without their numbers: one pool is one line. */
    private static String threadGroup(String name) {
        return name == null ? "?" : name.replaceAll("[-#]?\\d+", "-N");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The first frame of Hydra's own code from the top of the stack, or the top frame's package when none is. */
    private static String firstHydra(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("dev.hydra.") && !type.startsWith("dev.hydra.bench.")) {
                return name(frame);
            }
        }
        if (frames.isEmpty()) {
            return "?";
        }
        String type = frames.get(0).getMethod().getType().getName();
        int dot = type.lastIndexOf('.');
        return "(no Hydra frame) " + (dot < 0 ? type : type.substring(0, dot));
    }

    private static void add(Map<String, Long> counts, String key, long n) {
        counts.merge(key, n, Long::sum);
    }

    private static void print(String title, Map<String, Long> counts, long total, int top) {
        System.out.println(title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf(
                        "    %5.1f%%  %s%n", total == 0 ? 0.0 : 100.0 * e.getValue() / total, e.getKey()));
    }
}
