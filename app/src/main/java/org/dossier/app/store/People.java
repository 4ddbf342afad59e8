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
            Person updated = updated(stored, mention);
            boolean keyTaken = !updated.identityKey().equals(stored.identityKey())
                    && db.fetchExists(PERSON, PERSON.IDENTITY_KEY.eq(updated.identityKey()));
            return save(stored, keyTaken ? stored.updatedWith(mention) : updated);
        }
        PersonRecord byKey = db.fetchOne(PERSON, PERSON.IDENTITY_KEY.eq(mention.identityKey()));
        if (byKey != null) {
            Person stored = toPerson(byKey);
            return save(stored, updated(stored, mention));
        }
        Person created = created(mention);
        db.insertInto(PERSON).set(row(created)).execute();
        return created;
    }

    /** What a stored person becomes when a mention names them: the mention's details when it gives the person's id, else what it adds. */
    static Person updated(Person stored, Person mention) {
        boolean byId = mention.id() != null && mention.id().equals(stored.id());
        return byId
                ? new Person(stored.id(), mention.name(), mention.credentials(), mention.bio(), mention.affiliation())
                : stored.updatedWith(mention);
    }

    /** A new person for a mention no stored person matches: the mention's id, if it has one. */
    static Person created(Person mention) {
        return mention.withId(mention.id() != null ? mention.id() : Ids.newId());
    }

    static PersonRecord row(Person p) {
        return new PersonRecord()
                .setId(p.id())
                .setName(p.name())
                .setCredentials(p.credentials())
                .setBio(p.bio())
                .setAffiliation(p.affiliation())
                .setIdentityKey(p.identityKey());
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
