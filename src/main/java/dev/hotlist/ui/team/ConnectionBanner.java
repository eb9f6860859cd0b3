package dev.hotlist.ui.team;

import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.ui.I18n;
import javafx.scene.control.Label;

/**
 * A strip above the list, shown only while the team server is out of reach: what happened, that it is retried,
 * and that nothing typed is lost (edits that fail keep their text and can be saved again). Fed on the JavaFX thread.
 */
public final class ConnectionBanner extends Label {
    private final I18n i18n;

    public ConnectionBanner(I18n i18n) {
        this.i18n = i18n;
        setId("connectionBanner");
        getStyleClass().add("connection-banner");
        setMaxWidth(Double.MAX_VALUE);
        setWrapText(true);
        hide();
    }

    public void accept(DatabaseEvent event) {
        if (event instanceof DatabaseEvent.Offline offline) {
            setText(i18n.t("team.offline", offline.retryInSeconds(), offline.why()));
            setVisible(true);
            setManaged(true);
        } else if (event instanceof DatabaseEvent.Online) {
            hide();
        }
    }

    public boolean showing() {
        return isVisible();
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
    }
}
