package io.github.authadapter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of the main code: no package depends back on a package that depends on it, and the contract and its
 * JPA implementation know nothing of the web.
 */
class PackageLayoutTests {

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.authadapter");

	@Test
	void noPackageDependsOnItself() {
		slices().matching("io.github.authadapter.(**)").should().beFreeOfCycles().check(MAIN_CLASSES);
	}

	@Test
	void theContractAndItsJpaImplementationDoNotKnowTheWeb() {
		noClasses().that()
			.resideInAnyPackage("io.github.authadapter", "io.github.authadapter.jpa..",
					"io.github.authadapter.encryption..", "io.github.authadapter.crypto..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.authadapter.web..", "io.github.authadapter.session..",
					"io.github.authadapter.email..", "io.github.authadapter.oauth..", "org.springframework.web..",
					"jakarta.servlet..")
			.check(MAIN_CLASSES);
	}

}
