package no.samspill.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "no.samspill", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule uiDoesNotTouchJooq = noClasses().that().resideInAPackage("no.samspill.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "no.samspill.data.schema..")
            .because("only repositories talk to the database; the UI works with domain records");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("no.samspill.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "no.samspill.data..", "no.samspill.ui..")
            .because("domain rules must run anywhere: in the UI, the command line and tests, without a toolkit or a database");

    @ArchTest
    static final ArchRule dataDoesNotKnowTheUi = noClasses().that().resideInAPackage("no.samspill.data..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "no.samspill.ui..")
            .because("the data layer is shared with the headless command line");

    @ArchTest
    static final ArchRule jdbcStaysInTheDataLayer = noClasses().that().resideOutsideOfPackage("no.samspill.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.flywaydb..")
            .because("the database engine and its migrations are an implementation detail of the data layer");

    @ArchTest
    static final ArchRule evaluationNeedsNoToolkitOrDatabase = noClasses().that().resideInAPackage("no.samspill.evaluation..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "no.samspill.data..", "no.samspill.ui..")
            .because("indicators, disclosure control and the package are computed from plain facts, the same in the window and on the command line");

    @ArchTest
    static final ArchRule importReadsFilesWithoutToolkitOrSql = noClasses().that().resideInAPackage("no.samspill.importing..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "no.samspill.data.schema..", "no.samspill.ui..")
            .because("the import runs the same in the window and on the command line, and stores through the data layer's repositories");

    @ArchTest
    static final ArchRule commandLineHasNoJavaFx = noClasses().that().resideInAPackage("no.samspill.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "no.samspill.ui..")
            .because("the command line must run on a server without a display");

    @ArchTest
    static final ArchRule backgroundWorkGoesThroughTheRunner = noClasses()
            .that().doNotHaveSimpleName("FxTaskRunner").and().doNotHaveSimpleName("SingleInstance")
            .and().doNotHaveSimpleName("BackupService").and().doNotHaveSimpleName("EarlyStart")
            .should().callConstructor(Thread.class, Runnable.class, String.class)
            .orShould().callConstructor(Thread.class, Runnable.class)
            .orShould().callMethod(Thread.class, "start")
            .orShould().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Thread.Builder.class)))
                    .and(JavaCall.Predicates.target(com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching("start|unstarted|factory"))))
            .because("background work runs through TaskRunner (Job), so results come back on the FX thread and writes stay in order;"
                    + " only the runner's thread factory, the daily backup timer, the single-instance listener and the early start's reading make threads");

    @ArchTest
    static final ArchRule controllersOnlyBind = noClasses().that().haveSimpleNameEndingWith("Controller")
            .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                    JavaClass.Predicates.resideInAPackage("no.samspill.domain.."))))
            .because("a ViewModel builds domain records from its forms; a controller only binds controls to them (MVVM)");
}
