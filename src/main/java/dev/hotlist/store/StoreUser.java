package dev.hotlist.store;

/** The name edits and claims are made under. */
final class StoreUser {
    private StoreUser() {
    }

    /**
     * {@code $HOTLIST_USER} (or {@code -Dhotlist.user}) when set, so a team sharing one server role still tells its
     * people apart; else the server role; else the system user.
     */
    static String name(String serverRole) {
        String own = System.getProperty("hotlist.user", System.getenv("HOTLIST_USER"));
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        if (serverRole != null && !serverRole.isBlank()) {
            return serverRole;
        }
        return System.getProperty("user.name", "me");
    }
}
