package dev.hotlist.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An email or phone on more than {@link LeadKeys#MAX_PEOPLE_PER_KEY} different people of the sample is no match key
 * for the sheet; people are told apart by record id, else by name, and rows with neither do not count.
 */
class SharedValuesTest {
    private static SharedValues shared(List<String> headers, String[]... rows) {
        List<List<String>> samples = new ArrayList<>();
        for (String[] r : rows) {
            samples.add(Arrays.asList(r));
        }
        return SharedValues.of(ColumnMapper.map(headers, samples, Map.of()), samples);
    }

    @Test
    void anAddressOnThreeDifferentPeopleIsSharedOnTwoItIsNot() {
        SharedValues three = shared(List.of("Name", "Email", "Phone"),
                new String[] {"Ann", "info@acme.com", "+1 415 555 0100"},
                new String[] {"Bob", "INFO@acme.com ", "415-555-0100"},
                new String[] {"Cy", "info@acme.com", "(415) 555 0100"});
        assertThat(three.emails()).containsExactly("info@acme.com");
        assertThat(three.phones()).containsExactly(LeadKeys.phone("+1 415 555 0100"));
        SharedValues two = shared(List.of("Name", "Email"), new String[] {"Ann", "info@acme.com"},
                new String[] {"Bob", "info@acme.com"}, new String[] {"Ann", "info@acme.com"});
        assertThat(two.emails()).isEmpty();
        assertThat(two.phones()).isEmpty();
    }

    @Test
    void peopleAreToldApartByRecordIdBeforeTheirName() {
        // three records named alike are three people; one record under three spellings is one
        SharedValues byId = shared(List.of("Record ID", "Name", "Email"),
                new String[] {"1", "Ann", "info@acme.com"}, new String[] {"2", "Ann", "info@acme.com"},
                new String[] {"3", "Ann", "info@acme.com"});
        assertThat(byId.emails()).containsExactly("info@acme.com");
        SharedValues oneRecord = shared(List.of("Record ID", "Name", "Email"),
                new String[] {"7", "Ann", "info@acme.com"}, new String[] {"7", "Anne", "info@acme.com"},
                new String[] {"7", "A. Lee", "info@acme.com"});
        assertThat(oneRecord.emails()).isEmpty();
        SharedValues byFirstAndLast = shared(List.of("First Name", "Last Name", "Email"),
                new String[] {"Ann", "Lee", "info@acme.com"}, new String[] {"Ann", "Wu", "info@acme.com"},
                new String[] {"ANN", "lee", "info@acme.com"}, new String[] {"Bo", "Lee", "info@acme.com"});
        assertThat(byFirstAndLast.emails()).containsExactly("info@acme.com");
    }

    @Test
    void rowsWithoutAnIdOrNameAndBlankCellsDoNotCount() {
        SharedValues anonymous = shared(List.of("Name", "Email", "Company"),
                new String[] {"", "info@acme.com", "Acme"}, new String[] {"N/A", "info@acme.com", "Acme"},
                new String[] {null, "info@acme.com", "Acme"}, new String[] {"Ann", "info@acme.com", "Acme"},
                new String[] {"Bob", " ", "Acme"}, new String[] {"Cy", null, "Acme"});
        assertThat(anonymous.emails()).isEmpty();
    }

    @Test
    void theFirstOfSeveralAddressesIsTheKey() {
        SharedValues several = shared(List.of("Name", "Email"),
                new String[] {"Ann", "info@acme.com, ann@acme.com"}, new String[] {"Bob", "info@acme.com; b@acme.com"},
                new String[] {"Cy", "info@acme.com"});
        assertThat(several.emails()).containsExactly("info@acme.com");
        assertThat(SharedValues.NONE.emails()).isEmpty();
    }
}
