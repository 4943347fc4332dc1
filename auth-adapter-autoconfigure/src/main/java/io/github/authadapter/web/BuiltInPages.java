package io.github.authadapter.web;

/**
 * Marks the starter's own page renderers, whose pages get a strict {@code Content-Security-Policy}. Pages of the
 * application's own renderers keep the application's policy, since they may load its stylesheets and scripts.
 */
public interface BuiltInPages {

	/**
	 * The {@code Content-Security-Policy} of these pages.
	 */
	default String contentSecurityPolicy() {
		return BuiltInPage.CONTENT_SECURITY_POLICY;
	}

}
