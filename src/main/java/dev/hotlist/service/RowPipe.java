package dev.hotlist.service;

import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.Progress;
import dev.hotlist.sheets.LeadSheet;
import dev.hotlist.sheets.SheetSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads a sheet on its own thread while the caller's thread writes the rows, so parsing and SQLite work overlap
 * on two cores; work a row needs before it is written (its match keys, say) is done on the reading side too. Rows
 * travel in small batches through a bounded queue (memory stays flat); a failure or cancel on either side stops both,
 * and the caller sees it.
 */
final class RowPipe {
    private static final int BATCH = 512;
    private static final int QUEUE = 32;

    /** Handles prepared rows on the caller's thread. */
    @FunctionalInterface
    interface RowHandler<T> {
        void accept(T row) throws Exception;
    }

    private sealed interface Message {
        record Rows(List<?> rows) implements Message {
        }

        record Done(SheetSummary summary) implements Message {
        }

        record Failed(Throwable error) implements Message {
        }
    }

    private RowPipe() {
    }

    /**
     * Reads {@code sheet}, {@code prepare}s each row on the reading thread and hands them to {@code handler} here, a
     * batch at a time, in order.
     */
    static <T> SheetSummary run(LeadSheet sheet, LocalDate asOf, Progress progress, Function<ParsedRow, T> prepare,
                                RowHandler<List<T>> handler) throws Exception {
        BlockingQueue<Message> queue = new ArrayBlockingQueue<>(QUEUE);
        Stop stop = new Stop();
        Thread reader = new Thread(() -> read(sheet, asOf, progress, prepare, queue, stop), "hotlist-sheet-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Message m = queue.take();
                if (m instanceof Message.Rows rows) {
                    @SuppressWarnings("unchecked")
                    List<T> prepared = (List<T>) rows.rows();
                    handler.accept(prepared);
                } else if (m instanceof Message.Done done) {
                    return done.summary();
                } else if (m instanceof Message.Failed failed) {
                    throw rethrowable(failed.error());
                }
            }
        } finally {
            stop.requested = true;
            queue.clear();
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    private static <T> void read(LeadSheet sheet, LocalDate asOf, Progress progress, Function<ParsedRow, T> prepare,
                                 BlockingQueue<Message> queue, Stop stop) {
        List<T> batch = new ArrayList<>(BATCH);
        Progress stoppable = progress.orStoppedBy(() -> stop.requested);
        Message last;
        try {
            SheetSummary summary = sheet.read(asOf, row -> {
                batch.add(prepare.apply(row));
                if (batch.size() == BATCH) {
                    put(queue, new Message.Rows(List.copyOf(batch)), stop);
                    batch.clear();
                }
            }, stoppable);
            if (!batch.isEmpty()) {
                put(queue, new Message.Rows(List.copyOf(batch)), stop);
            }
            last = new Message.Done(summary);
        } catch (Throwable t) {
            last = new Message.Failed(t);
        }
        try {
            put(queue, last, stop);
        } catch (CancellationException ignored) {
            // the writer already stopped; nobody waits for this message
        }
    }

    private static void put(BlockingQueue<Message> queue, Message m, Stop stop) {
        try {
            while (!queue.offer(m, 50, TimeUnit.MILLISECONDS)) {
                if (stop.requested) {
                    throw new CancellationException("The import stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        }
    }

    private static Exception rethrowable(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return (Exception) t;
    }

    private static final class Stop {
        volatile boolean requested;
    }
}
