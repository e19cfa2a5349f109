package io.duckboard;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.repository.Repository;

/** The shape rules of ../shared/STYLE.md, checked on every build. */
@AnalyzeClasses(packages = "io.duckboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule platform_depends_on_no_feature = noClasses()
            .that().resideInAPackage("io.duckboard.platform..")
            .should().dependOnClassesThat(resideInAPackage("io.duckboard..")
                    .and(not(resideInAPackage("io.duckboard.platform.."))))
            .as("platform depends on no feature");

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses()
            .that().areAnnotatedWith(Route.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .as("views never touch repositories");

    @ArchTest
    static final ArchRule constructor_injection_only = noFields()
            .should().beAnnotatedWith(Autowired.class)
            .orShould().beAnnotatedWith(Value.class)
            .as("constructor injection and typed properties only");
}
