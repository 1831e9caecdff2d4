package org.threatloom.formal.check;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs checks on worker threads with a 256 MB stack (Kodkod's CNF translation recurses deeply on large
 * problems) and a deadline each. A check past its deadline is cancelled cooperatively ({@link CancelToken}:
 * the SAT search is expired, the CNF translation stops at its next clause); if it has not stopped after a
 * grace period - Kodkod's FOL-to-boolean translation has no cancellation point - its thread is stopped, which
 * is safe here because a check only ever touches objects it created itself. Either way the worker is free
 * for the next check.
 */
public final class CheckExecutor implements AutoCloseable {
    static final long STACK_BYTES = 256L << 20;
    static final long GRACE_MS = 500;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ThreadPoolExecutor pool;

    public CheckExecutor(int threads) {
        int id = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(null, r, "threatloom-check-" + id + "-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /** A submitted check: wait for it with {@link #await}. */
    public final class Job<T> {
        final CancelToken token = new CancelToken();
        final CountDownLatch finished = new CountDownLatch(1);
        final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        volatile Thread runner;
        final FutureTask<T> task;

        Job(Callable<T> work) {
            task = new FutureTask<>(() -> {
                started.set(true);
                runner = Thread.currentThread();
                try {
                    token.check();
                    return work.call();
                } finally {
                    runner = null;
                    finished.countDown();
                }
            });
        }

        public CancelToken token() {
            return token;
        }
    }

    /** The outcome of one check: a value, or why there is none. */
    public record Result<T>(T value, boolean timedOut, Throwable error) {}

    public <T> Job<T> submit(java.util.function.Function<CancelToken, T> work) {
        Job<T>[] holder = new Job[1];
        holder[0] = new Job<>(() -> work.apply(holder[0].token));
        pool.execute(holder[0].task);
        return holder[0];
    }

    /** Waits until the job ends or the deadline (System.nanoTime based) passes; then cancels it. */
    public <T> Result<T> await(Job<T> job, long deadlineNanos) {
        long wait = deadlineNanos - System.nanoTime();
        try {
            return new Result<>(job.task.get(Math.max(0, wait), TimeUnit.NANOSECONDS), false, null);
        } catch (TimeoutException e) {
            cancel(job);
            return new Result<>(null, true, null);
        } catch (CancellationException e) {
            return new Result<>(null, true, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel(job);
            return new Result<>(null, true, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CancelToken.Cancelled || cause instanceof ThreadDeath) return new Result<>(null, true, null);
            return new Result<>(null, false, cause);
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    void cancel(Job<?> job) {
        job.token.cancel();
        job.task.cancel(true);
        if (!job.started.get()) return; // still queued: it will never run
        try {
            if (!job.finished.await(GRACE_MS, TimeUnit.MILLISECONDS)) {
                Thread t = job.runner;
                if (t != null) t.stop(); // last resort, see the class comment; deprecated but still effective on JDK 17
                job.finished.await(GRACE_MS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checks running or queued right now (0 when every worker is free). */
    public int busy() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
