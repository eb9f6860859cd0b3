/**
 * The command line ({@code import}, {@code rank}, {@code export}), a stable contract that scripts depend on:
 * see the README. Built with picocli; each subcommand opens the {@link dev.hotlist.service.Hotlist} service on
 * the chosen database and closes it again, and never reaches below the service.
 *
 * <p>Every refusal is one line on stderr, naming the file; an import refused into a new path takes back the
 * database and the folders it made ({@code NewPath}). Text from cells is printed through {@code TerminalText} in the
 * table and in {@code explain}, so control and bidi characters show as {@code <U+202E>} instead of acting.
 */
package dev.hotlist.cli;
