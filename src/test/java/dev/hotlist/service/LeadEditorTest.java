package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadEdit.Field;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A field typed by hand lands in the lead's own field, or is refused with the sentence that says why. */
class LeadEditorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Lead ANN = Lead.builder().name("Ann Lee").company("Acme").email("ann@acme.com")
            .phone("+1 415 555 0100").build();

    private static Lead edit(Field field, String value) {
        return LeadEditor.apply(ANN, new LeadEdit(field, value), TODAY);
    }

    private static String refusal(Field field, String value) {
        try {
            edit(field, value);
        } catch (InvalidEditException e) {
            return e.key();
        }
        throw new AssertionError(field + " '" + value + "' was accepted");
    }

    @Test
    void eachTextFieldIsStoredWhereItBelongs() {
        assertThat(edit(Field.NAME, "Ann Smith").name()).isEqualTo("Ann Smith");
        assertThat(edit(Field.COMPANY, "Bolt").company()).isEqualTo("Bolt");
        assertThat(edit(Field.BUDGET, "$5,000").budget()).isEqualTo("$5,000");
        assertThat(edit(Field.SOURCE, "Fair").source()).isEqualTo("Fair");
        assertThat(edit(Field.SEGMENT, "SMB").segment()).isEqualTo("SMB");
        assertThat(edit(Field.CUSTOMER_TYPE, "Reseller").customerType()).isEqualTo("Reseller");
        assertThat(edit(Field.REGION, "West").region()).isEqualTo("West");
        assertThat(edit(Field.SIZE, "50").size()).isEqualTo("50");
        assertThat(edit(Field.OWNER, "Tom").owner()).isEqualTo("Tom");
        Lead noted = edit(Field.MY_NOTES, "call after lunch");
        assertThat(noted.userNotes()).isEqualTo("call after lunch");
        assertThat(noted.notes()).isEqualTo(ANN.notes());
        // the other fields stay as they were
        assertThat(edit(Field.COMPANY, "Bolt").name()).isEqualTo("Ann Lee");
    }

    @Test
    void anEmailMustBeAnAddressWithADomainOfTwoLettersOrMore() {
        assertThat(edit(Field.EMAIL, "ann.lee@bolt.io").email()).isEqualTo("ann.lee@bolt.io");
        assertThat(edit(Field.EMAIL, "").email()).isEmpty();
        assertThat(refusal(Field.EMAIL, "ann at bolt.io")).isEqualTo("edit.email");
        assertThat(refusal(Field.EMAIL, "ann@bolt.i")).isEqualTo("edit.email");
        assertThat(refusal(Field.EMAIL, "ann@bolt")).isEqualTo("edit.email");
        assertThat(refusal(Field.EMAIL, "ann@@bolt.io")).isEqualTo("edit.email");
    }

    @Test
    void aPhoneMustBeDialableWithAtLeastFiveDigits() {
        assertThat(edit(Field.PHONE, "(415) 555-0100").phone()).isEqualTo("(415) 555-0100");
        assertThat(edit(Field.PHONE, "555 0100 ext. 12").phone()).isEqualTo("555 0100 ext. 12");
        assertThat(edit(Field.PHONE, "010 8888 转 12").phone()).isEqualTo("010 8888 转 12");
        assertThat(edit(Field.PHONE, "12345").phone()).isEqualTo("12345");
        assertThat(edit(Field.PHONE, "").phone()).isEmpty();
        assertThat(refusal(Field.PHONE, "1234")).isEqualTo("edit.phone");
        assertThat(refusal(Field.PHONE, "call me")).isEqualTo("edit.phone");
        assertThat(refusal(Field.PHONE, "555-0100 or 0101")).isEqualTo("edit.phone");
    }

    @Test
    void aBareNumberNeedIsReadOnTheSmallestUsualScaleItFits() {
        Lead five = edit(Field.NEED, "5");
        assertThat(five.needStated()).isEqualTo("5");
        assertThat(five.needScale()).isEqualTo(5);
        assertThat(edit(Field.NEED, "5.5").needScale()).isEqualTo(10);
        assertThat(edit(Field.NEED, "10").needScale()).isEqualTo(10);
        assertThat(edit(Field.NEED, "10.5").needScale()).isEqualTo(100);
        assertThat(edit(Field.NEED, "80").needScale()).isEqualTo(100);
        Lead words = edit(Field.NEED, "very hungry");
        assertThat(words.needStated()).isEqualTo("very hungry");
        assertThat(words.needScale()).isNull();
    }

    @Test
    void aBuyingTimeIsReadAgainstTheDayShownAndBlankClearsIt() {
        Lead tomorrow = edit(Field.BUYING_TIME, "tomorrow");
        assertThat(tomorrow.buyingStated()).isEqualTo("tomorrow");
        assertThat(tomorrow.buyingDate()).isEqualTo(TODAY.plusDays(1));
        Lead dated = ANN.toBuilder().buyingStated("next week").buyingDate(TODAY.plusDays(7)).build();
        Lead cleared = LeadEditor.apply(dated, new LeadEdit(Field.BUYING_TIME, " "), TODAY);
        assertThat(cleared.buyingStated()).isEmpty();
        assertThat(cleared.buyingDate()).isNull();
        Lead looking = edit(Field.BUYING_TIME, "just looking");
        assertThat(looking.buyingStated()).isEqualTo("just looking");
        assertThat(looking.buyingDate()).isNull();
        assertThat(refusal(Field.BUYING_TIME, "whenever the moon")).isEqualTo("edit.buyingTime");
    }

    @Test
    void aNextActionMustNameADay() {
        assertThat(edit(Field.NEXT_ACTION, "2026-12-15").nextActionDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(edit(Field.NEXT_ACTION, "tomorrow").nextActionDate()).isEqualTo(TODAY.plusDays(1));
        Lead planned = ANN.toBuilder().nextActionDate(TODAY).build();
        assertThat(LeadEditor.apply(planned, new LeadEdit(Field.NEXT_ACTION, ""), TODAY).nextActionDate()).isNull();
        assertThat(refusal(Field.NEXT_ACTION, "just looking")).isEqualTo("edit.nextAction");
        assertThat(refusal(Field.NEXT_ACTION, "whenever the moon")).isEqualTo("edit.nextAction");
    }

    @Test
    void aLeadKeepsOneWayToKnowWhoItIs() {
        Lead onlyPhone = Lead.builder().name("").phone("555 0100").build();
        assertThatThrownBy(() -> LeadEditor.apply(onlyPhone, new LeadEdit(Field.PHONE, ""), TODAY))
                .isInstanceOf(InvalidEditException.class)
                .satisfies(e -> assertThat(((InvalidEditException) e).key()).isEqualTo("edit.noIdentity"));
        assertThat(LeadEditor.apply(onlyPhone, new LeadEdit(Field.EMAIL, "a@b.co"), TODAY).email())
                .isEqualTo("a@b.co");
        Lead onlyName = Lead.builder().name("Ann").build();
        assertThat(LeadEditor.apply(onlyName, new LeadEdit(Field.COMPANY, ""), TODAY).name()).isEqualTo("Ann");
        Lead onlyCompany = Lead.builder().name("").company("Acme").build();
        assertThat(LeadEditor.apply(onlyCompany, new LeadEdit(Field.NAME, ""), TODAY).company()).isEqualTo("Acme");
        Lead onlyEmail = Lead.builder().name("").email("a@b.co").build();
        assertThat(LeadEditor.apply(onlyEmail, new LeadEdit(Field.NAME, ""), TODAY).email()).isEqualTo("a@b.co");
    }

    @Test
    void aRefusalSaysWhyInEnglishAndChinese() {
        InvalidEditException e = new InvalidEditException("edit.email", "ann at x");
        assertThat(e.message(java.util.Locale.ENGLISH)).contains("ann at x", "not an email address");
        assertThat(e.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("ann at x").isNotEqualTo(
                e.message(java.util.Locale.ENGLISH));
        assertThat(e.getMessage()).contains("ann at x");
    }
}
