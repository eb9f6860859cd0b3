package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The name edits are made under: the user's own setting, else the server role, else the system user. */
class StoreUserTest {
    private String saved;

    @BeforeEach
    void keep() {
        saved = System.getProperty("hotlist.user");
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("hotlist.user");
        } else {
            System.setProperty("hotlist.user", saved);
        }
    }

    @Test
    void theUsersOwnNameComesFirstWithoutItsSpaces() {
        System.setProperty("hotlist.user", "  Ann Lee ");
        assertThat(StoreUser.name("postgres")).isEqualTo("Ann Lee");
        assertThat(StoreUser.name(null)).isEqualTo("Ann Lee");
    }

    @Test
    void aBlankOwnNameFallsBackToTheServerRoleThenTheSystemUser() {
        System.setProperty("hotlist.user", "   ");
        assertThat(StoreUser.name("sales")).isEqualTo("sales");
        assertThat(StoreUser.name(" ")).isEqualTo(System.getProperty("user.name", "me"));
        assertThat(StoreUser.name(null)).isEqualTo(System.getProperty("user.name", "me"));
    }

    @Test
    void withNoOwnNameTheServerRoleIsUsed() {
        assumeTrue(System.getenv("HOTLIST_USER") == null, "HOTLIST_USER is set in this environment");
        System.clearProperty("hotlist.user");
        assertThat(StoreUser.name("sales")).isEqualTo("sales");
        assertThat(StoreUser.name(null)).isEqualTo(System.getProperty("user.name", "me"));
    }
}
