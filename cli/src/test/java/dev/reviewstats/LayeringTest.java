package dev.reviewstats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the house style asks for, checked on the byte code of all three modules (the cli
 * module's tests see every module's classes): one direction of dependency, cli → analytics → core;
 * nothing outside core touches {@code internal}; parser libraries stay inside core's front ends;
 * and no public method of core's API hands out an internal type. A violation fails the build.
 */
class LayeringTest {
    private static final String INTERNAL = "dev.reviewstats.internal..";
    private static final String[] CORE_API = {"dev.reviewstats.model..", "dev.reviewstats.parse..",
            "dev.reviewstats.json.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Test code (this module's, and core's test jar with its benchmark of the bare libraries) is not product code.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.reviewstats");
    }

    @Test
    void allThreeModulesAreImported() {
        assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
                .contains("dev.reviewstats.internal.extract", "dev.reviewstats.analytics", "dev.reviewstats.cli",
                        "dev.reviewstats");
    }

    @Test
    void nothingOutsideCoreUsesItsInternals() {
        noClasses().that().resideInAnyPackage("dev.reviewstats.analytics..", "dev.reviewstats.cli..")
                .or().resideInAPackage("dev.reviewstats")
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .because("internal is core's implementation, not its API").check(classes);
    }

    @Test
    void coreKnowsNothingOfAnalyticsOrTheCommandLine() {
        noClasses().that().resideInAnyPackage(CORE_API).or().resideInAPackage(INTERNAL)
                .should().dependOnClassesThat().resideInAnyPackage("dev.reviewstats.analytics..", "dev.reviewstats.cli..")
                .orShould().dependOnClassesThat().resideInAPackage("dev.reviewstats")
                .check(classes);
    }

    /**
     * The pipeline's arrows inside core: read → front ends (Markdown, HTML, flattened) → the shared
     * outline → extractors. A front end may use the outline, the input readers and the template's
     * vocabulary (section names, regions, number readers), never an extractor: a quirk of one form
     * stays in its front end, and extractors see only the outline.
     */
    @Test
    void frontEndsKnowNothingOfTheExtractors() {
        noClasses().that().resideInAnyPackage("dev.reviewstats.internal.markdown..", "dev.reviewstats.internal.html..",
                "dev.reviewstats.internal.flattened..", "dev.reviewstats.internal.outline..", "dev.reviewstats.internal.read..",
                "dev.reviewstats.internal.template..")
                .should().dependOnClassesThat().resideInAPackage("dev.reviewstats.internal.extract..")
                .because("front ends feed the extractors through the outline, never the other way round").check(classes);
    }

    /**
     * What analytics knows of a report is the typed model: a regular expression there would be a
     * second reading of text a front end already read. The two exceptions read no report: the
     * gate's grammar (the user's --fail-if) and the tables' column descriptions (our own file).
     */
    @Test
    void analyticsReadsNoReportTextWithRegularExpressions() {
        noClasses().that().resideInAPackage("dev.reviewstats.analytics..")
                .and().haveNameNotMatching("dev\\.reviewstats\\.analytics\\.(Gate|ColumnDocs)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("java.util.regex..")
                .orShould().callMethod(String.class, "split", String.class)
                .orShould().callMethod(String.class, "split", String.class, int.class)
                .orShould().callMethod(String.class, "matches", String.class)
                .orShould().callMethod(String.class, "replaceAll", String.class, String.class)
                .orShould().callMethod(String.class, "replaceFirst", String.class, String.class)
                .because("the model carries what the report says, typed; text is read once, in core").check(classes);
    }

    @Test
    void theFrontEndsOutlineAndTemplateReadByScansNotPatterns() {
        noClasses().that().resideInAnyPackage("dev.reviewstats.internal.outline..", "dev.reviewstats.internal.template..",
                        "dev.reviewstats.internal.read..", "dev.reviewstats.internal.html..", "dev.reviewstats.internal.flattened..")
                .should().dependOnClassesThat().resideInAPackage("java.util.regex..")
                .orShould().callMethod(String.class, "matches", String.class)
                .orShould().callMethod(String.class, "replaceAll", String.class, String.class)
                .orShould().callMethod(String.class, "replaceFirst", String.class, String.class)
                .because("the template's grammars are scans, each checked against the pattern it replaced; a new shape goes"
                        + " into its grammar class with a case in its test").check(classes);
    }

    @Test
    void analyticsKnowsNothingOfTheCommandLine() {
        noClasses().that().resideInAPackage("dev.reviewstats.analytics..")
                .should().dependOnClassesThat().resideInAPackage("dev.reviewstats.cli..").check(classes);
    }

    /** The one class outside core's internals that uses jsoup: to write the retro page, not to parse. */
    private static final String RETRO_PAGE = "dev.reviewstats.cli.RetroPage";

    @Test
    void parserLibrariesStayInsideCoresFrontEnds() {
        noClasses().that().resideOutsideOfPackage(INTERNAL).and().doNotHaveFullyQualifiedName(RETRO_PAGE)
                .and().doNotHaveFullyQualifiedName(RETRO_PAGE + "$Page")
                .should().dependOnClassesThat().resideInAnyPackage("com.vladsch.flexmark..", "org.jsoup..")
                .because("flexmark nodes and jsoup elements never leave core's internals").check(classes);
    }

    @Test
    void theRetroPageWritesWithJsoupButParsesNothing() {
        noClasses().that().haveFullyQualifiedName(RETRO_PAGE).or().haveFullyQualifiedName(RETRO_PAGE + "$Page")
                .should().dependOnClassesThat().resideInAnyPackage("org.jsoup.parser..", "org.jsoup.select..", "com.vladsch.flexmark..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jsoup.Jsoup")
                .because("the retro page builds elements, which jsoup escapes; it reads no report").check(classes);
    }

    @Test
    void noPublicMethodOfCoresApiHandsOutAnInternalType() {
        methods().that().arePublic().and().areDeclaredInClassesThat().resideInAnyPackage(CORE_API)
                .and().areDeclaredInClassesThat().arePublic()
                .should(new ArchCondition<JavaMethod>("take and return only API types") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean leaks = method.getRawReturnType().getPackageName().startsWith("dev.reviewstats.internal")
                                || method.getRawParameterTypes().stream()
                                        .anyMatch(t -> t.getPackageName().startsWith("dev.reviewstats.internal"));
                        if (leaks) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes an internal type"));
                        }
                    }
                }).check(classes);
    }
}
