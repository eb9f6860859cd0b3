package dev.hotlist.scoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds many keywords in one pass over a text (an Aho–Corasick automaton compiled to a dense table), ignoring
 * case, so scoring a million leads reads each note once instead of once per keyword and needs no regex.
 *
 * <p>A Latin keyword must stand as a whole word ("down" is not found in "download", and a
 * keyword ending in a digit not inside a longer number: "q1" is not in "q12"); written with a trailing {@code *}
 * it is a stem ("complain*" finds "complaints"). Chinese keywords match anywhere. When two found
 * keywords overlap, the longer wins ("不急" over "急", "no budget" over "budget").
 *
 * @param <T> what a keyword stands for
 */
final class KeywordTable<T> {
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int classes;
    private final int[] delta;
    private final int[][] out;
    private final String[] keywords;
    private final boolean[] stem;
    private final List<T> values;

    /** Keywords (case-insensitive, {@code *} suffix for stems) to what they stand for; the first of duplicates wins. */
    KeywordTable(Map<String, T> entries) {
        Map<String, T> unique = new LinkedHashMap<>();
        Map<String, Boolean> stems = new HashMap<>();
        for (Map.Entry<String, T> e : entries.entrySet()) {
            String k = e.getKey().toLowerCase(Locale.ROOT);
            boolean isStem = k.endsWith("*");
            k = isStem ? k.substring(0, k.length() - 1) : k;
            if (!k.isEmpty() && unique.putIfAbsent(k, e.getValue()) == null) {
                stems.put(k, isStem);
            }
        }
        keywords = unique.keySet().toArray(String[]::new);
        values = List.copyOf(unique.values());
        stem = new boolean[keywords.length];
        int nextClass = 1;
        for (int i = 0; i < keywords.length; i++) {
            stem[i] = stems.get(keywords[i]);
            for (char c : keywords[i].toCharArray()) {
                if (classOf[c] == 0) {
                    classOf[c] = (char) nextClass++;
                }
            }
        }
        classes = nextClass;
        // Fold case into the table once: every character whose lower case is a keyword character shares that
        // character's class, so scanning needs no case conversion.
        for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
            char lower = Character.toLowerCase((char) ch);
            if (classOf[ch] == 0 && lower != ch) {
                classOf[ch] = classOf[lower];
            }
        }

        // Trie.
        List<int[]> children = new ArrayList<>();
        List<List<Integer>> outputs = new ArrayList<>();
        children.add(newRow());
        outputs.add(new ArrayList<>());
        for (int k = 0; k < keywords.length; k++) {
            int node = 0;
            for (char c : keywords[k].toCharArray()) {
                int cls = classOf[c];
                if (children.get(node)[cls] < 0) {
                    children.get(node)[cls] = children.size();
                    children.add(newRow());
                    outputs.add(new ArrayList<>());
                }
                node = children.get(node)[cls];
            }
            outputs.get(node).add(k);
        }

        // Failure links, breadth first, folded into a complete transition table.
        int nodes = children.size();
        delta = new int[nodes * classes];
        int[] fail = new int[nodes];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int cls = 0; cls < classes; cls++) {
            int child = children.get(0)[cls];
            delta[cls] = Math.max(child, 0);
            if (child > 0) {
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            // Longest keyword first, then the shorter ones ending at the same place.
            outputs.get(node).addAll(outputs.get(fail[node]));
            for (int cls = 0; cls < classes; cls++) {
                int child = children.get(node)[cls];
                if (child > 0) {
                    fail[child] = delta[fail[node] * classes + cls];
                    delta[node * classes + cls] = child;
                    queue.add(child);
                } else {
                    delta[node * classes + cls] = delta[fail[node] * classes + cls];
                }
            }
        }
        out = new int[nodes][];
        for (int n = 0; n < nodes; n++) {
            List<Integer> o = outputs.get(n);
            out[n] = o.isEmpty() ? null : o.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private int[] newRow() {
        int[] row = new int[classes];
        Arrays.fill(row, -1);
        return row;
    }

    /** Adds the keywords found in {@code text} to {@code hits}, overlaps resolved to the longer. */
    void scan(String text, Hits hits) {
        int state = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int cls = classOf[text.charAt(i)];
            if (cls == 0) {
                // a character of no keyword: every state falls back to the root (most characters of a note)
                state = 0;
                continue;
            }
            state = delta[state * classes + cls];
            int[] found = out[state];
            if (found != null) {
                for (int k : found) {
                    int start = i + 1 - keywords[k].length();
                    if (bounded(text, k, start, i + 1)) {
                        hits.add(k, start, i + 1);
                    }
                }
            }
        }
    }

    private boolean bounded(String text, int k, int start, int end) {
        String w = keywords[k];
        if (w.charAt(0) >= 128) {
            return true;
        }
        if (start > 0 && touches(w.charAt(0), text.charAt(start - 1))) {
            return false;
        }
        return stem[k] || end == text.length() || !touches(w.charAt(w.length() - 1), text.charAt(end));
    }

    /** Whether a keyword's edge runs on into its neighbour: a digit into a digit ("q1" in "q12"), else a letter. */
    private static boolean touches(char edge, char neighbour) {
        boolean digit = edge >= '0' && edge <= '9';
        return digit ? neighbour >= '0' && neighbour <= '9' : isLatinLetter(neighbour);
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    T value(int keyword) {
        return values.get(keyword);
    }

    String keyword(int keyword) {
        return keywords[keyword];
    }

    /** The word as written in the text; a stem is extended to the end of its word. */
    String found(String text, Hits hits, int i) {
        int end = hits.end(i);
        if (stem[hits.keyword(i)]) {
            while (end < text.length() && isLatinLetter(text.charAt(end))) {
                end++;
            }
        }
        return text.substring(hits.start(i), end).toLowerCase(Locale.ROOT);
    }

    /** Keywords found in one text: reusable, not thread-safe. */
    static final class Hits {
        private int[] data = new int[24];
        private int size;

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }

        int keyword(int i) {
            return data[i * 3];
        }

        int start(int i) {
            return data[i * 3 + 1];
        }

        int end(int i) {
            return data[i * 3 + 2];
        }

        private void add(int keyword, int start, int end) {
            while (size > 0 && end(size - 1) > start) {
                if (end(size - 1) - start(size - 1) > end - start) {
                    return;
                }
                size--;
            }
            if (size * 3 == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size * 3] = keyword;
            data[size * 3 + 1] = start;
            data[size * 3 + 2] = end;
            size++;
        }
    }
}
