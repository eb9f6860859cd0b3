package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.Progress;
import dev.hotlist.sheets.LeadSheet;
import dev.hotlist.sheets.SharedValues;
import dev.hotlist.sheets.SheetSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link RowPipe}: the sheet is read and each row prepared on a thread of its own while the caller's thread handles
 * the rows, in order, a batch at a time; a failure or a cancel on either side stops both, and the caller sees it.
 */
class TheSheetIsReadBesideTheWriterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    /** A sheet of {@code rows} rows (numbered from 2, under the header), or endless when negative. */
    private static final class GeneratedSheet implements LeadSheet {
        private final int rows;
        private final Integer needScale;
        volatile boolean stoppedByCancel;
        volatile Thread readingThread;
        volatile int rowsRead;
        /** How long the sheet takes to give up once told to stop (a file being closed). */
        volatile long stopMillis;

        GeneratedSheet(int rows, Integer needScale) {
            this.rows = rows;
            this.needScale = needScale;
        }

        @Override
        public SheetSummary read(LocalDate asOf, Consumer<ParsedRow> sink, Progress progress) {
            readingThread = Thread.currentThread();
            try {
                for (int i = 0; rows < 0 || i < rows; i++) {
                    progress.checkCancelled();
                    rowsRead = i + 1;
                    sink.accept(new ParsedRow.LeadRow(i + 2, Lead.builder().name("Person " + i).build()));
                }
            } catch (CancellationException e) {
                stoppedByCancel = true;
                try {
                    Thread.sleep(stopMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                throw e;
            }
            return new SheetSummary(rows, needScale);
        }

        @Override
        public String sheetName() {
            return "Sheet1";
        }

        @Override
        public List<String> sheetNames() {
            return List.of("Sheet1");
        }

        @Override
        public int headerRowNumber() {
            return 1;
        }

        @Override
        public ColumnMapping mapping() {
            return null;
        }

        @Override
        public SharedValues sharedValues() {
            return null;
        }

        @Override
        public List<ParsedRow> preview(LocalDate asOf, int n) {
            return List.of();
        }

        @Override
        public void close() {
        }
    }

    private static List<List<Integer>> batchesOf(int rows) throws Exception {
        List<List<Integer>> batches = new ArrayList<>();
        RowPipe.run(new GeneratedSheet(rows, null), DAY, Progress.NONE, ParsedRow::rowNumber, batches::add);
        return batches;
    }

    private static List<Integer> flat(List<List<Integer>> batches) {
        return batches.stream().flatMap(List::stream).toList();
    }

    private static List<Integer> numbered(int rows) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            out.add(i + 2);
        }
        return out;
    }

    @Test
    void everyRowArrivesOnceInOrderAndTheSheetsSummaryIsReturned() throws Exception {
        for (int rows : new int[] {0, 1, 2, 511, 512, 513, 1024, 1025, 5000}) {
            assertThat(flat(batchesOf(rows))).as("%d rows", rows).isEqualTo(numbered(rows));
        }
        GeneratedSheet sheet = new GeneratedSheet(3, 10);
        assertThat(RowPipe.run(sheet, DAY, Progress.NONE, ParsedRow::rowNumber, b -> { }))
                .isEqualTo(new SheetSummary(3, 10));
        assertThat(batchesOf(0)).as("no rows, no batch").isEmpty();
    }

    @Test
    void rowsTravelInBatchesOfManyRowsNeverTheWholeSheetAtOnce() throws Exception {
        List<List<Integer>> batches = batchesOf(5000);
        assertThat(batches.size()).as("more than one batch: memory stays flat").isGreaterThan(1);
        assertThat(batches.size()).as("batches of many rows, not one row each").isLessThan(5000 / 20);
        assertThat(batches).allSatisfy(b -> assertThat(b).isNotEmpty());
    }

    @Test
    void rowsArePreparedOnTheReadingThreadAndHandledOnTheCallers() throws Exception {
        Thread caller = Thread.currentThread();
        List<Thread> preparing = new ArrayList<>();
        List<Thread> handling = new ArrayList<>();
        RowPipe.run(new GeneratedSheet(1500, null), DAY, Progress.NONE, row -> {
            synchronized (preparing) {
                if (preparing.isEmpty()) {
                    preparing.add(Thread.currentThread());
                }
            }
            return row.rowNumber();
        }, b -> handling.add(Thread.currentThread()));
        assertThat(preparing).singleElement().isNotSameAs(caller);
        assertThat(handling).isNotEmpty().allSatisfy(t -> assertThat(t).isSameAs(caller));
    }

    @Test
    void aSlowWriterMakesTheReaderWaitAndNoRowIsLost() throws Exception {
        int rows = 36 * 512 + 7; // more batches than the queue between them holds
        List<Integer> handled = new ArrayList<>();
        RowPipe.run(new GeneratedSheet(rows, null), DAY, Progress.NONE, ParsedRow::rowNumber, b -> {
            Thread.sleep(60); // longer than the reader waits at a time for room in the queue
            handled.addAll(b);
        });
        assertThat(handled).isEqualTo(numbered(rows));
    }

    @Test
    void aFailureWhileReadingReachesTheCaller() {
        IllegalStateException broken = new IllegalStateException("row 700 cannot be read");
        assertThatThrownBy(() -> RowPipe.run(new GeneratedSheet(2000, null), DAY, Progress.NONE, row -> {
            if (row.rowNumber() == 700) {
                throw broken;
            }
            return row.rowNumber();
        }, b -> { })).isSameAs(broken);
    }

    @Test
    void anErrorWhileReadingReachesTheCallerAsItself() {
        StackOverflowError deep = new StackOverflowError("too deep");
        assertThatThrownBy(() -> RowPipe.run(new GeneratedSheet(10, null), DAY, Progress.NONE, row -> {
            throw deep;
        }, b -> { })).isSameAs(deep);
    }

    @Test
    void theUsersCancelStopsTheReadingAndReachesTheCaller() {
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress progress = Progress.NONE.orStoppedBy(cancelled::get);
        GeneratedSheet endless = new GeneratedSheet(-1, null);
        List<Integer> handled = new ArrayList<>();
        assertThatThrownBy(() -> RowPipe.run(endless, DAY, progress, ParsedRow::rowNumber, b -> {
            handled.addAll(b);
            cancelled.set(true);
        })).isInstanceOf(CancellationException.class);
        assertThat(endless.stoppedByCancel).isTrue();
        assertThat(handled).isNotEmpty();
    }

    @Test
    void aFailureOfTheWriterStopsTheReaderAtOnce() throws Exception {
        GeneratedSheet endless = new GeneratedSheet(-1, null);
        IllegalStateException writeFailed = new IllegalStateException("disk full");
        long started = System.nanoTime();
        assertThatThrownBy(() -> RowPipe.run(endless, DAY, Progress.NONE, ParsedRow::rowNumber, b -> {
            throw writeFailed;
        })).isSameAs(writeFailed);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("no wait for the reader")
                .isLessThan(10_000);
        Thread reader = endless.readingThread;
        reader.join(10_000);
        assertThat(reader.isAlive()).as("the reading thread ended").isFalse();
        assertThat(endless.stoppedByCancel).as("the sheet was told to stop").isTrue();
    }

    @Test
    void onceTheWriterFailedTheReaderReadsAtMostAFewRowsMore() {
        GeneratedSheet endless = new GeneratedSheet(-1, null);
        int[] readAtFailure = new int[1];
        assertThatThrownBy(() -> RowPipe.run(endless, DAY, Progress.NONE, ParsedRow::rowNumber, b -> {
            // the reader runs ahead until the queue between them is full and waits there
            int seen = -1;
            for (int i = 0; i < 100 && seen != endless.rowsRead; i++) {
                seen = endless.rowsRead;
                Thread.sleep(100);
            }
            readAtFailure[0] = endless.rowsRead;
            throw new IllegalStateException("disk full");
        })).hasMessage("disk full");
        assertThat(readAtFailure[0]).as("the reader ran ahead by many batches").isGreaterThan(2 * 512);
        // it is told to stop as it reads each row, not only once the queue has filled up again
        assertThat(endless.rowsRead - readAtFailure[0]).isLessThan(5_000);
    }

    @Test
    void theCallerSeesTheWritersFailureOnlyOnceTheReaderHasStopped() {
        GeneratedSheet endless = new GeneratedSheet(-1, null);
        endless.stopMillis = 300;
        assertThatThrownBy(() -> RowPipe.run(endless, DAY, Progress.NONE, ParsedRow::rowNumber, b -> {
            throw new IllegalStateException("disk full");
        })).hasMessage("disk full");
        assertThat(endless.stoppedByCancel).isTrue();
        assertThat(endless.readingThread.isAlive()).as("nothing reads the sheet any more").isFalse();
    }
}
