package io.github.authadapter;

/**
 * The sign-in links of one address that still work, beyond the single-token operations of the
 * {@link io.github.authadapter.Adapter}: for capping how many may work at once.
 */
public interface LiveSignInLinks {

	/**
	 * Deletes the verification tokens of the identifier but the {@code keep} that expire last, which are the newest.
	 * @return how many were deleted
	 */
	int deleteAllButNewest(String identifier, int keep);

	/**
	 * Deletes nothing, for an application whose store offers no such operation.
	 */
	static LiveSignInLinks uncapped() {
		return (identifier, keep) -> 0;
	}

}
