// Filter change → all charts of the view redrawn, timed in headless Chromium (run by DashboardsBrowserBench).
// Usage: node redraw.bench.js <baseUrl> <user> <password> <chromium> <changesPerView>
//
// A chart counts as redrawn when its chart element reports a finished series update
// (data-updates grew: ApexCharts' updateSeries promise resolved) AND its SVG differs from the
// one before the change. "ms" runs from just before the number is typed (node's clock) until the
// script sees every chart of the view redrawn; "enter" is the same end, in the page, from the
// Enter key that commits the filter. The page is watched by events, not by serialising every
// chart's SVG on each animation frame, and the script awaits a promise the page resolves rather than
// polling it, so the measurement does not steal the page's main thread or the machine's CPU.
const { chromium } = require('playwright-core');
const [baseUrl, user, password, executable, changesText] = process.argv.slice(2);
const changes = parseInt(changesText, 10);
const views = ['overview', 'trends', 'seasonality', 'weekend', 'ratings'];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1], n: sorted.length };
}

// In the page: remember every chart's SVG and update count, then note when each has both changed.
function arm() {
  const charts = [...document.querySelectorAll('duckboard-apexchart')];
  const watch = { charts: charts.length, drawn: 0, enterAt: null, doneAt: null };
  watch.done = new Promise(resolve => { watch.finish = resolve; });
  const svg = c => c.querySelector('svg.apexcharts-svg');
  const before = charts.map(c => ({ html: svg(c) ? svg(c).innerHTML : '', updates: Number(c.dataset.updates || 0) }));
  const done = charts.map(() => false);
  const check = k => {
    const c = charts[k];
    if (done[k] || Number(c.dataset.updates || 0) <= before[k].updates || !svg(c) || svg(c).innerHTML === before[k].html) {
      return;
    }
    done[k] = true;
    watch.drawn++;
    if (watch.drawn === charts.length) {
      watch.doneAt = performance.now();
      watch.finish();
    }
  };
  const listeners = charts.map((c, k) => {
    const listener = () => check(k);
    c.addEventListener('chart-updated', listener);
    return listener;
  });
  const onKey = e => {
    if (e.key === 'Enter' && watch.enterAt === null) {
      watch.enterAt = performance.now();
    }
  };
  document.addEventListener('keydown', onKey, true);
  watch.state = () => charts.map((c, k) => ({ chart: (c.closest('.chart-card') || c).id, drawn: done[k],
    updates: Number(c.dataset.updates || 0) - before[k].updates, svgChanged: !!svg(c) && svg(c).innerHTML !== before[k].html }));
  watch.disarm = () => {
    charts.forEach((c, k) => c.removeEventListener('chart-updated', listeners[k]));
    document.removeEventListener('keydown', onKey, true);
  };
  window.__redraw = watch;
}

let step = 'start';

(async () => {
  const browser = await chromium.launch({ executablePath: executable,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  step = 'login';
  await page.goto(baseUrl + '/login');
  await page.waitForSelector('vaadin-login-form');
  await page.fill('input[name="username"]', user);
  await page.fill('input[name="password"]', password);
  await page.click('vaadin-login-form vaadin-button');
  await page.waitForSelector('#home-facts', { timeout: 30000 });
  const results = {};
  for (const view of views) {
    step = view + ': first draw';
    await page.goto(baseUrl + '/dashboards/' + view);
    await page.waitForFunction(() => document.querySelectorAll('duckboard-apexchart').length > 0 && [...document.querySelectorAll('duckboard-apexchart')].every(c => c.hasAttribute('rendered')),
      null, { timeout: 60000 });
    await page.waitForTimeout(1000);
    const times = [];
    const fromEnter = [];
    for (let i = 1; i <= changes; i++) {
      step = view + ': change ' + i;
      await page.evaluate(arm);
      const started = Date.now();
      // 2, 3, …: distinct values (no cache hits), each one changes every chart's data (1 would not: every
      // recipe in the data has at least one interaction, so it shows the same data as the default 0)
      await page.fill('#filter-minint input', String(i + 1));
      await page.keyboard.press('Enter');
      // awaits the page's own promise: polling (waitForFunction runs its check on every animation
      // frame) would keep the renderer busy and take CPU from the app being measured
      await page.evaluate(() => Promise.race([window.__redraw.done,
        new Promise((resolve, reject) => setTimeout(() => reject(new Error('not redrawn within 30 s')), 30000))]))
        .catch(async e => {
          throw new Error(e.message + ' ' + JSON.stringify(await page.evaluate(() => window.__redraw.state())));
        });
      times.push(Date.now() - started);
      fromEnter.push(Math.round(await page.evaluate(() => {
        window.__redraw.disarm();
        return window.__redraw.doneAt - window.__redraw.enterAt;
      })));
      await page.waitForTimeout(400);
    }
    const url = page.url();
    if (!url.includes('minint=' + (changes + 1))) {
      throw new Error(view + ': the URL does not carry the last filter: ' + url);
    }
    results[view] = Object.assign(summary(times), { enter: summary(fromEnter),
      charts: await page.locator('duckboard-apexchart').count() });
  }
  await browser.close();
  console.log(JSON.stringify(results));
})().catch(e => { console.log(JSON.stringify({ failure: step + ': ' + e.message })); process.exit(1); });
