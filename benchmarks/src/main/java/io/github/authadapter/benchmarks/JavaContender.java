package io.github.authadapter.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A Java implementation, called from one platform thread per caller.
 *
 * @param name the name in tables and charts
 * @param workloads makes the calls of a measurement; each call returns false when nothing is left to call
 * @param requests whether it measures HTTP requests rather than adapter calls
 */
record JavaContender(String name, Function<Measurement, BooleanSupplier> workloads, boolean requests)
		implements Contender {

	/**
	 * An implementation of the adapter calls.
	 */
	JavaContender(String name, AuthCalls calls) {
		this(name, (measurement) -> new Workload(calls, measurement)::callOnce, false);
	}

	/**
	 * Signed-in HTTP requests with the given cookies.
	 */
	static JavaContender requests(String name, SignedInRequests requests) {
		return new JavaContender(name, (measurement) -> requests.caller(measurement.sessions()), true);
	}

	@Override
	public boolean supports(Operation operation) {
		return operation.isAdapterCall() != this.requests;
	}

	@Override
	public Sample measure(Measurement measurement) {
		BooleanSupplier workload = this.workloads.apply(measurement);
		CountDownLatch start = new CountDownLatch(1);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		List<Caller> callers = Stream.generate(() -> new Caller(workload, start, failure))
			.limit(measurement.callers())
			.toList();
		List<Thread> threads = new ArrayList<>();
		for (Caller caller : callers) {
			Thread thread = new Thread(caller, this.name + " caller");
			thread.start();
			threads.add(thread);
		}
		long begin = System.nanoTime();
		long end = begin + measurement.duration().toNanos();
		callers.forEach((caller) -> caller.end = end);
		start.countDown();
		threads.forEach(JavaContender::join);
		long elapsed = System.nanoTime() - begin;
		if (failure.get() != null) {
			throw new IllegalStateException(this.name + " failed in " + measurement.operation().key(), failure.get());
		}
		return Sample.of(callers.stream().flatMapToLong(Caller::latencies).toArray(), elapsed);
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while a measurement ran", ex);
		}
	}

	/**
	 * One thread's calls and their latencies.
	 */
	private static final class Caller implements Runnable {

		private final BooleanSupplier workload;

		private final CountDownLatch start;

		private final AtomicReference<Throwable> failure;

		private volatile long end;

		private long[] latencies = new long[4096];

		private int count;

		Caller(BooleanSupplier workload, CountDownLatch start, AtomicReference<Throwable> failure) {
			this.workload = workload;
			this.start = start;
			this.failure = failure;
		}

		@Override
		public void run() {
			try {
				this.start.await();
				long end = this.end;
				long before = System.nanoTime();
				// At least one call each, so that a measurement shorter than a cold first call still has a result.
				do {
					if (!this.workload.getAsBoolean()) {
						return;
					}
					long after = System.nanoTime();
					record(after - before);
					before = after;
				}
				while (before < end && this.failure.get() == null);
			}
			catch (Throwable ex) {
				this.failure.compareAndSet(null, ex);
			}
		}

		private void record(long latency) {
			if (this.count == this.latencies.length) {
				this.latencies = Arrays.copyOf(this.latencies, this.count * 2);
			}
			this.latencies[this.count++] = latency;
		}

		LongStream latencies() {
			return Arrays.stream(this.latencies, 0, this.count);
		}

	}

}
