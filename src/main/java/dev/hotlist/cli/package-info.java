/**
 * The command line ({@code import}, {@code rank}, {@code export}), a stable contract that scripts depend on:
 * see the README. Built with picocli; each subcommand opens the {@link dev.hotlist.service.Hotlist} service on
 * the chosen database and closes it again, and never reaches below the service.
 */
package dev.hotlist.cli;
