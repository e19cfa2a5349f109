package io.duckboard.dashboards;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a view's chart queries in parallel, bounded: a short queue, callers run the overflow. The
 * threads mostly wait for DuckDB (which has its own worker threads), so there are at least
 * {@link #MIN_THREADS}: a view's distinct queries (Ratings has three) never queue behind each
 * other, even on a 2-core machine.
 */
@Component
public class DashboardExecutor implements Executor, DisposableBean {

    static final int MIN_THREADS = 4;
    private static final int THREADS = Math.max(MIN_THREADS, 2 * Runtime.getRuntime().availableProcessors());

    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(64), Thread.ofPlatform().name("dashboard-query-", 0).daemon().factory(),
            new ThreadPoolExecutor.CallerRunsPolicy());

    @Override
    public void execute(Runnable command) {
        pool.execute(command);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
