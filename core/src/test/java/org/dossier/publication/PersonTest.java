package org.dossier.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void isOnePersonWhateverTheHonorificCaseOrAccents() {
        Person a = new Person(null, "Mr. Ibrahim Boubacar Keita", null, null, "Mali");
        Person b = new Person(null, "ibrahim boubacar keïta", null, null, "MALI");

        assertThat(a.identityKey()).isEqualTo(b.identityKey()).isEqualTo("ibrahim boubacar keita|mali");
    }

    @Test
    void leavesCredentialsOutOfTheIdentity() {
        assertThat(new Person(null, "Joseph Sany", "Ph.D.", null, null).identityKey())
                .isEqualTo(Person.named("Joseph Sany").identityKey());
    }

    @Test
    void isADifferentPersonWithADifferentAffiliation() {
        assertThat(new Person(null, "Mr. Arce", null, null, "Argentina").identityKey())
                .isNotEqualTo(new Person(null, "Mr. Arce", null, null, "Bolivia").identityKey());
    }

    @Test
    void keepsWhatItKnowsWhenUpdatedWithLess() {
        Person known = new Person("P1", "Hannah Armstrong", null, "Researches the Sahel.", null);

        Person updated = known.updatedWith(new Person(null, "Hannah Armstrong", "Ph.D.", null, null));

        assertThat(updated).isEqualTo(new Person("P1", "Hannah Armstrong", "Ph.D.", "Researches the Sahel.", null));
    }
}
