package io.duckboard.dashboards;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Runs a view's chart queries in parallel, bounded: as many threads as cores, a short queue, callers run the overflow. */
@Component
public class DashboardExecutor implements Executor, DisposableBean {

    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(
            Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS,
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
