package io.github.authadapter.ratelimit;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A Lettuce connection factory defined by the application itself, at {@code test.redis.port} on 127.0.0.1, with the
 * command timeout {@code test.redis.timeout} (60 seconds by default, as in Spring Boot). The tests leave out Spring
 * Boot's Redis auto-configuration, so that every other test in this module keeps its limits in the database; the
 * auto-configuration tests use Spring Boot's.
 */
@Configuration(proxyBeanMethods = false)
class RedisConnection {

	@Bean
	LettuceConnectionFactory redisConnectionFactory(@Value("${test.redis.port}") int port,
			@Value("${test.redis.timeout:60s}") Duration commandTimeout) {
		return new LettuceConnectionFactory(new RedisStandaloneConfiguration(TestRedis.HOST, port),
				LettuceClientConfiguration.builder().commandTimeout(commandTimeout).build());
	}

}
