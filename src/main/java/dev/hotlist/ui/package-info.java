/**
 * The JavaFX app. {@link dev.hotlist.ui.HotlistApp} starts it; {@link dev.hotlist.ui.MainWindow} arranges
 * the menus, filter bar, pipeline, lead detail and status bar. Views are built in code and styled by
 * {@code hotlist.css}; their words come from {@code messages*.properties} through {@link dev.hotlist.ui.I18n}.
 * Everything that touches the database runs through {@link dev.hotlist.service.Hotlist} on
 * {@link dev.hotlist.ui.TaskRunner}'s background threads, never on the JavaFX thread; the screens' state lives
 * in view models ({@code pipeline.PipelineViewModel}) so it can be tested without a window.
 */
package dev.hotlist.ui;
