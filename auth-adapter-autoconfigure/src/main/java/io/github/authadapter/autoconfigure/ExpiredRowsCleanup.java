package io.github.authadapter.autoconfigure;

import java.time.Clock;

import io.github.authadapter.jpa.ExpiredRowsCleaner;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs {@link ExpiredRowsCleaner} on a cron schedule of its own, so that the application needs no
 * {@code @EnableScheduling}.
 */
class ExpiredRowsCleanup implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ExpiredRowsCleanup.class);

	private final ExpiredRowsCleaner cleaner;

	private final CronTrigger trigger;

	private final Clock clock;

	private final SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();

	private volatile boolean running;

	ExpiredRowsCleanup(ExpiredRowsCleaner cleaner, String cron, Clock clock) {
		this.cleaner = cleaner;
		this.trigger = new CronTrigger(cron);
		this.clock = clock;
		this.scheduler.setThreadNamePrefix("auth-adapter-cleanup-");
	}

	@Override
	public void start() {
		this.scheduler.schedule(this::cleanUp, this.trigger);
		this.running = true;
	}

	@Override
	public void stop() {
		this.scheduler.close();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	void cleanUp() {
		try {
			// The cleaner logs what it deleted.
			this.cleaner.deleteExpired(this.clock.instant());
		}
		catch (RuntimeException ex) {
			// The next run tries again; a failure must not stop the schedule.
			logger.warn("Could not delete expired sessions and verification tokens", ex);
		}
	}

}
