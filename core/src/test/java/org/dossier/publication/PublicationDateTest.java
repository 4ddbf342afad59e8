package org.dossier.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicationDateTest {

    @Test
    void keepsThePrecisionItWasGiven() {
        assertThat(PublicationDate.parse("2012")).hasToString("2012");
        assertThat(PublicationDate.parse("2013-05")).hasToString("2013-05");
        assertThat(PublicationDate.parse("2021-12-09")).hasToString("2021-12-09");
    }

    @Test
    void refusesDatesThatDoNotExist() {
        assertThatThrownBy(() -> PublicationDate.parse("2021-02-30"))
                .hasMessageStartingWith("'2021-02-30' is not a valid date");
        assertThatThrownBy(() -> PublicationDate.parse("May 2013"))
                .hasMessage("'May 2013' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    @Test
    void sortsLessPreciseDatesBeforeMorePreciseOnesOfTheSamePeriod() {
        assertThat(PublicationDate.parse("2013")).isLessThan(PublicationDate.parse("2013-01"));
        assertThat(PublicationDate.parse("2013-05")).isLessThan(PublicationDate.parse("2013-05-01"));
    }
}
