package io.github.authadapter.reliability;

import java.util.concurrent.atomic.AtomicBoolean;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.DelegatingAdapter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The starter's application with an Adapter that can be told to fail when it stores a session, after the real
 * adapter has written the sign-in's user and account: a crash between statements.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class CrashingAdapterApplication {

	@Bean
	static BeanPostProcessor crashingAdapterPostProcessor() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof Adapter adapter) ? new CrashingAdapter(adapter) : bean;
			}

		};
	}

	/**
	 * Fails to create sessions while {@link #crashOnCreateSession} is set.
	 */
	static class CrashingAdapter extends DelegatingAdapter {

		final AtomicBoolean crashOnCreateSession = new AtomicBoolean();

		CrashingAdapter(Adapter delegate) {
			super(delegate);
		}

		@Override
		public AdapterSession createSession(AdapterSession session) {
			if (this.crashOnCreateSession.get()) {
				throw new IllegalStateException("Crash injected before the session insert");
			}
			return super.createSession(session);
		}

	}

}
