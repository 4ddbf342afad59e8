package org.dossier.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape of the code, checked on its compiled classes (core, the two search adapters and the application): the
 * core knows no framework or engine, only the store speaks SQL through jOOQ, only the search adapters know their
 * engines (the SolrCloud adapter uses Lucene's analysers, nothing else of Lucene), the application's feature
 * packages depend on each other without a cycle, and controllers reach the store only through the core's ports.
 */
class BoundariesTest {
    private static final JavaClasses DOSSIER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // jOOQ's generated tables are reached as dependencies of the store; reading them all is slow
            .withImportOption(location -> !location.contains("/org/dossier/app/store/schema/"))
            .importPackages("org.dossier", "db.migration");

    @Test
    void theCoreKnowsNoFrameworkStoreOrSearchEngine() {
        noClasses()
                .that()
                .resideInAPackage("org.dossier..")
                .and()
                .resideOutsideOfPackages(
                        "org.dossier.app..", "org.dossier.search.lucene..", "org.dossier.search.solr..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.jooq..",
                        "org.apache.lucene..",
                        "org.apache.solr..",
                        "jakarta.servlet..")
                .check(DOSSIER);
    }

    @Test
    void onlyTheStoreSpeaksSqlThroughJooq() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.dossier.app.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "org.dossier.app.store.schema..")
                .check(DOSSIER);
    }

    @Test
    void onlyTheSearchAdaptersKnowTheirEngines() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.dossier.search.lucene..", "org.dossier.search.solr..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .check(DOSSIER);
        noClasses()
                .that()
                .resideInAPackage("org.dossier.search.solr..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.apache.lucene..")
                        .and(not(resideInAPackage("org.apache.lucene.analysis.."))))
                .check(DOSSIER);
        noClasses()
                .that()
                .resideOutsideOfPackage("org.dossier.search.solr..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.solr..")
                .check(DOSSIER);
    }

    @Test
    void theApplicationsPackagesDependOnEachOtherWithoutACycle() {
        slices().matching("org.dossier.app.(*)..").should().beFreeOfCycles().check(DOSSIER);
    }

    @Test
    void controllersReachTheStoreOnlyThroughPorts() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dossier.app.store..")
                .check(DOSSIER);
    }
}
