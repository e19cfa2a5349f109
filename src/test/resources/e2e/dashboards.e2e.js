// End-to-end check of the dashboards in headless Chromium, run by DashboardsEndToEndTest.
// Usage: node dashboards.e2e.js <baseUrl> <user> <password> <chromium>
// Prints one JSON object; exits non-zero on failure.
const { launch, signIn, settled } = require('./session.js');
const [baseUrl, user, password, executable] = process.argv.slice(2);
const views = ['overview', 'trends', 'seasonality', 'weekend', 'ratings', 'recipe/1'];

(async () => {
  const browser = await launch(executable);
  const report = { views: {}, pageErrors: [], errorNotifications: 0 };
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', e => report.pageErrors.push(e.message));
    await signIn(page, baseUrl, user, password);
    for (const view of views) {
      const started = Date.now();
      await page.goto(baseUrl + '/dashboards/' + view);
      await page.waitForSelector('duckboard-apexchart', { state: 'attached', timeout: 30000 });
      try {
        await page.waitForFunction(() => {
          const charts = [...document.querySelectorAll('duckboard-apexchart')];
          return charts.length > 0 && charts.every(c => c.hasAttribute('rendered') && c.querySelector('svg'));
        }, null, { timeout: 60000 });
      } catch (e) {
        const states = await page.evaluate(() => [...document.querySelectorAll('duckboard-apexchart')]
          .map(c => (c.closest('.chart-card') || {}).id + ':' + c.hasAttribute('rendered')));
        throw new Error(view + ': charts not all drawn ' + JSON.stringify(states) + ' page errors: ' + JSON.stringify(report.pageErrors));
      }
      report.views[view] = { charts: await page.locator('duckboard-apexchart svg.apexcharts-svg').count(), ms: Date.now() - started };
    }
    // every chart's toolbar offers the downloads: open one menu and read its entries
    await page.goto(baseUrl + '/dashboards/trends');
    await page.waitForFunction(() => [...document.querySelectorAll('duckboard-apexchart')].every(c => c.hasAttribute('rendered')),
      null, { timeout: 60000 });
    // the data arrives after the first draw and redraws the chart (toolbar included): wait for it
    await page.waitForFunction(() => document.querySelectorAll('duckboard-apexchart .apexcharts-menu-icon').length >= 3,
      null, { timeout: 20000 }).catch(() => {});
    report.chartsWithMenu = await page.locator('duckboard-apexchart .apexcharts-menu-icon').count();
    await page.locator('duckboard-apexchart .apexcharts-menu-icon').first().click();
    await page.waitForSelector('duckboard-apexchart .apexcharts-menu-open .apexcharts-menu-item', { timeout: 10000 }).catch(() => {});
    report.downloads = await page.locator('duckboard-apexchart .apexcharts-menu-open .apexcharts-menu-item').allTextContents();
    // a filter change on Trends: the URL carries it and the charts are drawn again with new data
    await page.goto(baseUrl + '/dashboards/trends?from=2005-01-01&to=2012-12-31');
    await page.waitForFunction(() => [...document.querySelectorAll('duckboard-apexchart')].every(c => c.hasAttribute('rendered')),
      null, { timeout: 60000 });
    await page.waitForTimeout(800);
    const before = await page.evaluate(() => document.querySelector('#chart-monthly svg').innerHTML);
    const started = Date.now();
    await page.fill('#filter-rmin input', '4');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('rmin=4'), null, { timeout: 20000 });
    await page.waitForFunction(old => document.querySelector('#chart-monthly svg') &&
      document.querySelector('#chart-monthly svg').innerHTML !== old, before, { timeout: 20000 });
    report.filterChange = { url: page.url(), redrawnMs: Date.now() - started };
    // back and forward move between the two filter states: URL, field and charts follow
    await settled(page);
    const afterChange = await page.evaluate(() => document.querySelector('#chart-monthly svg').innerHTML);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('rmin=4'), null, { timeout: 20000 });
    await page.waitForFunction(old => document.querySelector('#chart-monthly svg') &&
      document.querySelector('#chart-monthly svg').innerHTML !== old, afterChange, { timeout: 20000 });
    await settled(page);
    report.back = { url: page.url(), rmin: await page.inputValue('#filter-rmin input') };
    await page.goForward();
    await page.waitForFunction(() => location.search.includes('rmin=4'), null, { timeout: 20000 });
    await page.waitForFunction(() => document.querySelector('#filter-rmin input').value === '4', null, { timeout: 20000 });
    report.forward = { url: page.url(), rmin: await page.inputValue('#filter-rmin input') };
    report.errorNotifications = await page.locator('vaadin-notification-card[theme~="error"]').count();
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(report));
  process.exit(report.pageErrors.length === 0 && report.errorNotifications === 0 ? 0 : 2);
})().catch(e => { console.log(JSON.stringify({ failure: e.message })); process.exit(1); });
