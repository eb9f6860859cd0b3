/**
 * The JavaFX app's shared pieces: what every screen uses (I18n, the task executor, the dialog service, the status
 * bar). The screens (ui.pipeline, ui.detail, ui.importer…) depend on this package, never the reverse; the window that
 * puts them together ({@link dev.hotlist.ui.window.MainWindow}, started by {@link dev.hotlist.ui.window.HotlistApp})
 * sits on top in ui.window, so no package of the ui knows one that knows it. Views are built in code and styled by
 * {@code hotlist.css}; their words come from {@code messages*.properties} through {@link dev.hotlist.ui.I18n}.
 * Everything that touches the database runs through {@link dev.hotlist.service.Hotlist} on
 * {@link dev.hotlist.ui.TaskRunner}'s background threads, never on the JavaFX thread; the screens' state lives
 * in view models ({@code pipeline.PipelineViewModel}) so it can be tested without a window.
 */
package dev.hotlist.ui;
