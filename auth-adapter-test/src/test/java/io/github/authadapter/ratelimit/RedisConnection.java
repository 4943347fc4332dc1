package io.github.authadapter.ratelimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A Lettuce connection factory defined by the application itself, at {@code test.redis.port} on 127.0.0.1. The tests
 * leave out Spring Boot's Redis auto-configuration, so that every other test in this module keeps its limits in the
 * database; the auto-configuration tests use Spring Boot's.
 */
@Configuration(proxyBeanMethods = false)
class RedisConnection {

	@Bean
	LettuceConnectionFactory redisConnectionFactory(@Value("${test.redis.port}") int port) {
		return new LettuceConnectionFactory(new RedisStandaloneConfiguration(TestRedis.HOST, port));
	}

}
