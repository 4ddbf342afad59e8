package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.PERSON;

import java.util.Objects;
import org.dossier.app.store.schema.tables.records.PersonRecord;
import org.dossier.publication.Ids;
import org.dossier.publication.Person;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Finds or creates the stored person for a mention: by id when the source knows it (a Dossier export),
 * else by identity (name and affiliation). What the mention adds (credentials, bio) is kept; a name is
 * only changed through the person's id.
 */
@Component
class People {
    private final DSLContext db;

    People(DSLContext db) {
        this.db = db;
    }

    Person resolve(Person mention) {
        PersonRecord byId = mention.id() == null ? null : db.fetchOne(PERSON, PERSON.ID.eq(mention.id()));
        if (byId != null) {
            Person stored = toPerson(byId);
            Person updated = new Person(stored.id(), mention.name(), mention.credentials(), mention.bio(),
                    mention.affiliation());
            boolean keyTaken = !updated.identityKey().equals(stored.identityKey())
                    && db.fetchExists(PERSON, PERSON.IDENTITY_KEY.eq(updated.identityKey()));
            return save(stored, keyTaken ? stored.updatedWith(mention) : updated);
        }
        PersonRecord byKey = db.fetchOne(PERSON, PERSON.IDENTITY_KEY.eq(mention.identityKey()));
        if (byKey != null) {
            Person stored = toPerson(byKey);
            return save(stored, stored.updatedWith(mention));
        }
        Person created = mention.withId(mention.id() != null ? mention.id() : Ids.newId());
        db.insertInto(PERSON)
                .set(PERSON.ID, created.id())
                .set(PERSON.NAME, created.name())
                .set(PERSON.CREDENTIALS, created.credentials())
                .set(PERSON.BIO, created.bio())
                .set(PERSON.AFFILIATION, created.affiliation())
                .set(PERSON.IDENTITY_KEY, created.identityKey())
                .execute();
        return created;
    }

    private Person save(Person stored, Person updated) {
        if (!Objects.equals(stored, updated)) {
            db.update(PERSON)
                    .set(PERSON.NAME, updated.name())
                    .set(PERSON.CREDENTIALS, updated.credentials())
                    .set(PERSON.BIO, updated.bio())
                    .set(PERSON.AFFILIATION, updated.affiliation())
                    .set(PERSON.IDENTITY_KEY, updated.identityKey())
                    .where(PERSON.ID.eq(stored.id()))
                    .execute();
        }
        return updated;
    }

    static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getName(), r.getCredentials(), r.getBio(), r.getAffiliation());
    }
}
