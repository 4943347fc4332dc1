package io.github.authadapter.test.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

/**
 * Runs tasks on threads that a barrier releases at the same moment, so that they hit the database together, and
 * collects what each returned or threw.
 */
final class Race implements AutoCloseable {

	private final int threads;

	private final ExecutorService executor;

	Race(int threads) {
		this.threads = threads;
		this.executor = Executors.newFixedThreadPool(threads);
	}

	int threads() {
		return this.threads;
	}

	/**
	 * Runs one task per thread, all released together.
	 * @param task the task of each thread, given the thread's number
	 */
	<T> List<Outcome<T>> run(IntFunction<Callable<T>> task) throws InterruptedException {
		CyclicBarrier start = new CyclicBarrier(this.threads);
		List<Future<T>> futures = new ArrayList<>();
		for (int i = 0; i < this.threads; i++) {
			Callable<T> work = task.apply(i);
			futures.add(this.executor.submit(() -> {
				start.await(30, TimeUnit.SECONDS);
				return work.call();
			}));
		}
		List<Outcome<T>> outcomes = new ArrayList<>();
		for (Future<T> future : futures) {
			try {
				outcomes.add(new Outcome<>(future.get(60, TimeUnit.SECONDS), null));
			}
			catch (ExecutionException ex) {
				outcomes.add(new Outcome<>(null, ex.getCause()));
			}
			catch (java.util.concurrent.TimeoutException ex) {
				outcomes.add(new Outcome<>(null, ex));
			}
		}
		return outcomes;
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	/**
	 * What one thread's task returned, or threw.
	 */
	record Outcome<T>(@Nullable T value, @Nullable Throwable error) {

		boolean succeeded() {
			return this.error == null;
		}

	}

}
