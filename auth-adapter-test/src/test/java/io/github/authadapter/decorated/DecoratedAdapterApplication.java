package io.github.authadapter.decorated;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.DelegatingAdapter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application that decorates the starter's Adapter with a bean post-processor, as the README shows.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class DecoratedAdapterApplication {

	@Bean
	static BeanPostProcessor auditingAdapterPostProcessor() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof Adapter adapter) ? new AuditingAdapter(adapter) : bean;
			}

		};
	}

	/**
	 * Records the email of every user it creates.
	 */
	static class AuditingAdapter extends DelegatingAdapter {

		final List<String> createdUsers = new CopyOnWriteArrayList<>();

		AuditingAdapter(Adapter delegate) {
			super(delegate);
		}

		@Override
		public AdapterUser createUser(AdapterUser user) {
			AdapterUser created = super.createUser(user);
			this.createdUsers.add(created.email());
			return created;
		}

	}

}
