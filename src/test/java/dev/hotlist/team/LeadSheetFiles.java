package dev.hotlist.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Generated lead sheets of distinct people ({@code prefix} keeps two sheets apart), as CSV. */
public final class LeadSheetFiles {
    private LeadSheetFiles() {
    }

    /** {@code rows} people named "PREFIX Person i" with their own email and phone, needs and buying times mixed. */
    public static Path csv(Path file, int rows, String prefix) throws IOException {
        StringBuilder csv = new StringBuilder("Name,Company,Email,Phone,Need,Expected purchase,Notes\n");
        String mail = prefix.toLowerCase(Locale.ROOT).replace(' ', '.');
        int phoneBlock = Math.floorMod(prefix.hashCode(), 900) + 100;
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(" Person ").append(i).append(",Co ").append(i % 97).append(',')
                    .append(mail).append(i).append("@example.com,")
                    .append(String.format("+86 %d %04d %04d", phoneBlock, i / 10_000, i % 10_000)).append(',')
                    .append(i % 3 == 0 ? "urgent" : i % 3 == 1 ? "medium" : "low").append(',')
                    .append(i % 2 == 0 ? "明天" : "next year").append(",note ").append(i).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
