package io.github.authadapter.web;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DatabaseUnavailableExceptionResolver}.
 */
class DatabaseUnavailableExceptionResolverTests {

	private final DatabaseUnavailableExceptionResolver resolver = new DatabaseUnavailableExceptionResolver();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void answersAFailedConnectionInAnEndpointOfTheStarterWith503() throws Exception {
		HandlerMethod endpoint = starterEndpoint();

		assertThat(this.resolver.resolveException(new MockHttpServletRequest("GET", "/api/auth/session"),
				this.response, endpoint, new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))
			.isNotNull();
		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(this.response.getContentAsString()).startsWith(DatabaseUnavailableFilter.MESSAGE);
	}

	@Test
	void leavesTheApplicationsControllersToItsOwnErrorHandling() throws Exception {
		// Any class outside the starter's packages stands for a controller of the application.
		HandlerMethod page = new HandlerMethod(new Object(), Object.class.getMethod("toString"));

		assertThat(this.resolver.resolveException(new MockHttpServletRequest("GET", "/page"), this.response, page,
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))
			.isNull();
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

	@Test
	void leavesTheApplicationsControllersInAPackageUnderTheStartersToItsOwnErrorHandling() throws Exception {
		HandlerMethod notes = new HandlerMethod(new ApplicationController(),
				ApplicationController.class.getMethod("notes"));

		assertThat(this.resolver.resolveException(new MockHttpServletRequest("GET", "/notes"), this.response, notes,
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))
			.isNull();
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

	@Test
	void leavesOtherFailuresAlone() throws Exception {
		HandlerMethod endpoint = starterEndpoint();

		assertThat(this.resolver.resolveException(new MockHttpServletRequest("GET", "/api/auth/session"),
				this.response, endpoint, new IllegalStateException("a bug")))
			.isNull();
	}

	private HandlerMethod starterEndpoint() throws NoSuchMethodException {
		// Any class in the starter's packages stands for one of its controllers.
		return new HandlerMethod(this.resolver, DatabaseUnavailableExceptionResolver.class.getMethod("getOrder"));
	}

	/**
	 * A controller of an application in a package under {@code io.github.authadapter}, as the sample's are: it is
	 * compiled with the tests, not into the starter's jar.
	 */
	public static class ApplicationController {

		public String notes() {
			return "notes";
		}

	}

}
