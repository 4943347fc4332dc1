package io.github.authadapter.web;

import java.sql.SQLException;

import jakarta.servlet.ServletException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link DatabaseUnavailableFilter}; {@code DatabaseOutageTests} stops a real server.
 */
class DatabaseUnavailableFilterTests {

	private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void answersAFailedConnectionWith503() throws Exception {
		this.filter.doFilter(new MockHttpServletRequest("GET", "/api/auth/session"), this.response,
				(request, response) -> {
					throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
				});

		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(this.response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(this.response.getContentAsString()).isEqualTo(DatabaseUnavailableFilter.MESSAGE + "\n");
	}

	@Test
	void recognisesAConnectionFailureWrappedByTheDispatcherServlet() throws Exception {
		SQLException broken = new SQLException("An I/O error occurred while sending to the backend", "08006");
		this.filter.doFilter(new MockHttpServletRequest("POST", "/api/auth/signin/email"), this.response,
				(request, response) -> {
					throw new ServletException("Request processing failed",
							new JDBCConnectionException("could not execute query", broken));
				});

		assertThat(this.response.getStatus()).isEqualTo(503);
	}

	@Test
	void answersAFailureInAHandlerOfTheStarterWith503() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/auth/providers");
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				new HandlerMethod(this.filter, DatabaseUnavailableFilter.class.getMethod("toString")));
		this.filter.doFilter(request, this.response, (chained, response) -> {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
		});

		assertThat(this.response.getStatus()).isEqualTo(503);
	}

	@Test
	void passesAFailureInAHandlerOfTheApplicationOnToItsErrorHandling() throws Exception {
		// In a package under io.github.authadapter, as the sample's controllers are, but not in the starter's jar.
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/notes");
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, new HandlerMethod(
				new DatabaseUnavailableExceptionResolverTests.ApplicationController(),
				DatabaseUnavailableExceptionResolverTests.ApplicationController.class.getMethod("notes")));

		assertThatExceptionOfType(CannotGetJdbcConnectionException.class)
			.isThrownBy(() -> this.filter.doFilter(request, this.response, (chained, response) -> {
				throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
			}));
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

	@Test
	void letsOtherFailuresThrough() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/"), this.response,
					(request, response) -> {
						throw new IllegalStateException("a bug");
					}));
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

}
