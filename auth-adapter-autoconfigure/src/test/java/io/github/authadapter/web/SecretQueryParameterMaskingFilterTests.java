package io.github.authadapter.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query strings that {@link SecretQueryParameterMaskingFilter} shows the log instead of the real one.
 */
class SecretQueryParameterMaskingFilterTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			callbackUrl=%2F&token=abc&email=a%40b.co | callbackUrl=%2F&token=[hidden]&email=a%40b.co
			%74oken=abc&email=a%40b.co               | %74oken=[hidden]&email=a%40b.co
			%74%6F%6B%65%6E=abc                      | %74%6F%6B%65%6E=[hidden]
			TOKEN=abc                                | TOKEN=[hidden]
			code=abc&state=def&iss=https%3A%2F%2Fidp | code=[hidden]&state=[hidden]&iss=https%3A%2F%2Fidp
			co%64e=abc&code_verifier=xyz             | co%64e=[hidden]&code_verifier=[hidden]
			token=a&token=b                          | token=[hidden]&token=[hidden]
			token                                    | token=[hidden]
			&token=abc&                              | &token=[hidden]&
			%zz=abc&token=def                        | %zz=[hidden]&token=[hidden]
			tokens=abc&email=x                       | tokens=abc&email=x
			""")
	void hidesTheValueOfEverySecretParameterByItsDecodedName(String query, String masked) {
		assertThat(SecretQueryParameterMaskingFilter.mask(query)).isEqualTo(masked);
	}

}
