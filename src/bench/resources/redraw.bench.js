// Filter change → all charts of the view redrawn, timed in headless Chromium (run by DashboardsBrowserBench).
// Usage: node redraw.bench.js <baseUrl> <user> <password> <chromium> <changesPerView>
const { chromium } = require('playwright-core');
const [baseUrl, user, password, executable, changesText] = process.argv.slice(2);
const changes = parseInt(changesText, 10);
const views = ['overview', 'trends', 'seasonality', 'weekend', 'ratings'];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
}

(async () => {
  const browser = await chromium.launch({ executablePath: executable,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(baseUrl + '/login');
  await page.waitForSelector('vaadin-login-form');
  await page.fill('input[name="username"]', user);
  await page.fill('input[name="password"]', password);
  await page.click('vaadin-login-form vaadin-button');
  await page.waitForSelector('#home-facts', { timeout: 30000 });
  const results = {};
  for (const view of views) {
    await page.goto(baseUrl + '/dashboards/' + view);
    await page.waitForFunction(() => [...document.querySelectorAll('duckboard-apexchart')].every(c => c.hasAttribute('rendered')),
      null, { timeout: 60000 });
    await page.waitForTimeout(1000);
    const times = [];
    for (let i = 1; i <= changes; i++) {
      const before = await page.evaluate(() => [...document.querySelectorAll('duckboard-apexchart svg.apexcharts-svg')].map(s => s.innerHTML));
      const started = Date.now();
      await page.fill('#filter-minint input', String(i));
      await page.keyboard.press('Enter');
      await page.waitForFunction(old => {
        const now = [...document.querySelectorAll('duckboard-apexchart svg.apexcharts-svg')].map(s => s.innerHTML);
        return now.length === old.length && now.every((html, k) => html !== old[k]);
      }, before, { timeout: 30000 });
      times.push(Date.now() - started);
      await page.waitForTimeout(400);
    }
    times.sort((a, b) => a - b);
    results[view] = { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], n: times.length };
  }
  await browser.close();
  console.log(JSON.stringify(results));
})().catch(e => { console.log(JSON.stringify({ failure: e.message })); process.exit(1); });
