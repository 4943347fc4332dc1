package io.github.authadapter.test.logs;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Keeps every event in memory, with its thread name taken while it is logged: logback reads the name lazily, so an
 * event read later on the test's thread would claim to be the test's.
 */
public class RecordingAppender extends ListAppender<ILoggingEvent> {

	@Override
	protected void append(ILoggingEvent event) {
		event.prepareForDeferredProcessing();
		super.append(event);
	}

}
