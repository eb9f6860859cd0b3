package dev.hotlist.reliability;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.service.LocalHotlist;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Process A of issue 12's regression test, driven line by line on stdin so the test sets the interleaving: the app's
 * service on database {@code args[0]}, logging calls on lead {@code args[1]}. Commands: {@code log NOTE} logs a call
 * and prints {@code logged NOTE} once {@code logCall} returned (the moment the status bar says "Logged");
 * {@code browse} opens and closes the database files as a file dialog would and prints {@code browsed}.
 */
public final class BrowsingWriter {
    private BrowsingWriter() {
    }

    public static void main(String[] args) throws Exception {
        long leadId = Long.parseLong(args[1]);
        try (LocalHotlist hotlist = LocalHotlist.open(Path.of(args[0]));
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("open");
            System.out.flush();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("log ")) {
                    String note = line.substring(4);
                    hotlist.logCall(leadId, CallOutcome.NO_ANSWER, null, note);
                    System.out.println("logged " + note);
                } else if (line.equals("browse")) {
                    FileDialog.browse(Path.of(args[0]));
                    System.out.println("browsed");
                }
                System.out.flush();
            }
        }
    }
}
