package io.github.authadapter.metrics;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterException;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.util.ReflectionUtils;

/**
 * Times every call of an {@link Adapter} with the timer {@value #CALLS}, tagged with the method and the outcome. It
 * intercepts the methods of the interface, so a method added to {@link Adapter} is timed without a line here.
 * <p>
 * The outcome is {@value #SUCCESS}; the simple class name of an {@link AdapterException} or an
 * {@link IllegalArgumentException}, failures the adapter reports on purpose; or {@value #ERROR} for anything else,
 * such as a database that cannot be reached. So the number of tag values stays small whatever goes wrong.
 */
public final class AdapterCallTimer implements MethodInterceptor {

	/**
	 * The name of the timer.
	 */
	public static final String CALLS = "auth.adapter.calls";

	/**
	 * The outcome of a call that returned.
	 */
	public static final String SUCCESS = "success";

	/**
	 * The outcome of a call that failed for a reason outside the adapter contract.
	 */
	public static final String ERROR = "error";

	private static final StaticMethodMatcherPointcut ADAPTER_METHODS = new StaticMethodMatcherPointcut() {

		@Override
		public boolean matches(Method method, Class<?> targetClass) {
			return isAdapterMethod(method);
		}

	};

	private final MeterRegistry registry;

	private final Clock clock;

	// Registered up front for every method: success is the common case, so its call finds its timer ready.
	private final Map<String, Timer> successTimers = new HashMap<>();

	public AdapterCallTimer(MeterRegistry registry) {
		this.registry = registry;
		this.clock = registry.config().clock();
		for (Method method : Adapter.class.getMethods()) {
			this.successTimers.put(method.getName(), timer(method.getName(), SUCCESS));
		}
	}

	/**
	 * The given adapter with its calls timed. An adapter that is a Spring AOP proxy already, such as one with
	 * {@code @Transactional} methods, gets the timer as its first advice, so it keeps its type and the timer measures
	 * the whole call, the transaction included. Otherwise a new proxy extends the adapter's class where it can, so
	 * that the bean of a {@code JpaAdapter} is still found by that type, and implements its interfaces where not.
	 */
	public Adapter timed(Adapter adapter) {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(ADAPTER_METHODS, this);
		if (adapter instanceof Advised advised && !advised.isFrozen()) {
			advised.addAdvisor(0, advisor);
			return adapter;
		}
		ProxyFactory factory = new ProxyFactory(adapter);
		factory.setProxyTargetClass(canExtend(adapter.getClass()));
		factory.addAdvisor(advisor);
		factory.setFrozen(true);
		return (Adapter) factory.getProxy(adapter.getClass().getClassLoader());
	}

	/**
	 * Whether the object is an adapter that an {@link AdapterCallTimer} times already.
	 */
	public static boolean isTimed(Object adapter) {
		return adapter instanceof Advised advised && Arrays.stream(advised.getAdvisors())
			.anyMatch((advisor) -> advisor.getAdvice() instanceof AdapterCallTimer);
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		String method = invocation.getMethod().getName();
		long start = this.clock.monotonicTime();
		try {
			Object result = invocation.proceed();
			this.successTimers.get(method).record(this.clock.monotonicTime() - start, TimeUnit.NANOSECONDS);
			return result;
		}
		catch (RuntimeException ex) {
			// Rare, so the timer is looked up, and registered the first time, on each failure.
			timer(method, outcome(ex)).record(this.clock.monotonicTime() - start, TimeUnit.NANOSECONDS);
			throw ex;
		}
	}

	static String outcome(RuntimeException ex) {
		return (ex instanceof AdapterException || ex instanceof IllegalArgumentException)
				? ex.getClass().getSimpleName() : ERROR;
	}

	private Timer timer(String method, String outcome) {
		return Timer.builder(CALLS)
			.description("Calls of the Auth.js adapter")
			.tag("method", method)
			.tag("outcome", outcome)
			.register(this.registry);
	}

	private static boolean isAdapterMethod(Method method) {
		return ReflectionUtils.findMethod(Adapter.class, method.getName(), method.getParameterTypes()) != null;
	}

	/**
	 * Whether a subclass can override every Adapter method of the class: a final method would run on the proxy
	 * itself, whose fields are all null, rather than on the adapter.
	 */
	private static boolean canExtend(Class<?> type) {
		if (Modifier.isFinal(type.getModifiers())) {
			return false;
		}
		for (Method method : Adapter.class.getMethods()) {
			Method implementation = ReflectionUtils.findMethod(type, method.getName(), method.getParameterTypes());
			if (implementation == null || Modifier.isFinal(implementation.getModifiers())) {
				return false;
			}
		}
		return true;
	}

}
