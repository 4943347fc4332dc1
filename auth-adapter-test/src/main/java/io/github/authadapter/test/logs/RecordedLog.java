package io.github.authadapter.test.logs;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.BasicConfigurator;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * The log of the JVM while a log-scan test runs, with this package's {@code logback-log-scan.xml}: kept in memory at
 * the levels of the application's {@code logging.level.*} properties, while the build's output gets only warnings
 * and errors. Needs Logback, Spring Boot's default logging.
 */
public final class RecordedLog {

	private static final String CONFIGURATION = "io/github/authadapter/test/logs/logback-log-scan.xml";

	/**
	 * The property that gives the application the same configuration, for when Spring Boot initialises logging as
	 * it starts; it does not when another application of the JVM is still running, hence {@link #startRecording()}.
	 */
	public static final String LOGGING_CONFIG = "logging.config=classpath:" + CONFIGURATION;

	private RecordedLog() {
	}

	/**
	 * Configures logback with {@code logback-log-scan.xml}, so that the log is recorded from now on, until an
	 * application starts that sets up logging anew.
	 */
	public static void startRecording() {
		configure(RecordedLog.class.getClassLoader().getResource(CONFIGURATION));
	}

	/**
	 * Every event logged since the recording started, each as its level, logger and message, followed by its stack
	 * trace if any.
	 * @throws IllegalStateException if nothing is recording
	 */
	public static List<String> lines() {
		Logger root = context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		if (!(root.getAppender("RECORDED") instanceof ListAppender<ILoggingEvent> recorded)) {
			throw new IllegalStateException("The log is not recorded: call startRecording() before the application "
					+ "starts, and give it " + LOGGING_CONFIG);
		}
		List<String> lines = new ArrayList<>();
		synchronized (recorded) {
			for (ILoggingEvent event : recorded.list) {
				lines.add(event.getLevel() + " " + event.getLoggerName() + " ["
						+ consoleThreadName(event.getThreadName()) + "] : " + event.getFormattedMessage());
				if (event.getThrowableProxy() != null) {
					lines.addAll(ThrowableProxyUtil.asString(event.getThrowableProxy()).lines().toList());
				}
			}
		}
		return lines;
	}

	/**
	 * Puts back the test classpath's {@code logback-test.xml}, or {@code logback.xml}, so that the tests after this
	 * one neither record nor log at debug level; without either, Logback's console at {@code WARN}.
	 */
	public static void stopRecording() {
		ClassLoader classLoader = RecordedLog.class.getClassLoader();
		URL configuration = classLoader.getResource("logback-test.xml");
		if (configuration == null) {
			configuration = classLoader.getResource("logback.xml");
		}
		if (configuration != null) {
			configure(configuration);
			return;
		}
		LoggerContext context = context();
		context.reset();
		BasicConfigurator configurator = new BasicConfigurator();
		configurator.setContext(context);
		configurator.configure(context);
		context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
	}

	private static void configure(URL configuration) {
		LoggerContext context = context();
		context.reset();
		JoranConfigurator configurator = new JoranConfigurator();
		configurator.setContext(context);
		try {
			configurator.doConfigure(configuration);
		}
		catch (JoranException ex) {
			throw new IllegalStateException(configuration + " could not be loaded", ex);
		}
	}

	private static LoggerContext context() {
		return (LoggerContext) LoggerFactory.getILoggerFactory();
	}

	/**
	 * The thread name as Spring Boot's console pattern shows it ({@code [%15.15t]}), so that
	 * {@code TestAuthorizationServer.wrote(String)} recognises the provider's own lines here too.
	 */
	private static String consoleThreadName(String thread) {
		String shown = (thread.length() > 15) ? thread.substring(thread.length() - 15) : thread;
		return " ".repeat(15 - shown.length()) + shown;
	}

}
