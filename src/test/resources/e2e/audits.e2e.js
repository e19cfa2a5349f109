// End-to-end check of a live audit run in headless Chromium, run by AuditsEndToEndTest.
// Usage: node audits.e2e.js <baseUrl> <user> <password> <chromium>
// Prints "GATE" when the run waits on its gate step (the test then opens it), then one JSON object.
const { launch, signIn } = require('./session.js');
const [baseUrl, user, password, executable] = process.argv.slice(2);

(async () => {
  const browser = await launch(executable);
  const report = { pageErrors: [] };
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', e => report.pageErrors.push(e.message));
    await signIn(page, baseUrl, user, password);
    await page.goto(baseUrl + '/audits');
    await page.click('#run-test-gate');
    await page.waitForURL(/\/audits\/runs\/\d+/, { timeout: 20000 });
    report.runId = Number(page.url().match(/runs\/(\d+)/)[1]);
    const badge = id => page.evaluate(i => (document.querySelector('#' + i + ' .audit-badge') || {}).textContent, id);
    await page.waitForFunction(() => (document.querySelector('#step-gate .audit-badge') || {}).textContent === 'RUNNING', null,
      { timeout: 20000 });
    report.whileWaiting = { first: await badge('step-first'), gate: await badge('step-gate'), last: await badge('step-last') };
    await page.evaluate(() => { window.__samePage = true; });
    console.log('GATE');
    await page.waitForFunction(() => (document.querySelector('#step-last .audit-badge') || {}).textContent === 'PASSED', null,
      { timeout: 20000 });
    report.afterPush = { first: await badge('step-first'), gate: await badge('step-gate'), last: await badge('step-last'),
      samePage: await page.evaluate(() => window.__samePage === true),
      progress: await page.evaluate(() => document.querySelector('#audit-progress').value) };
    const api = await page.request.get(baseUrl + '/api/audits/session?runId=' + report.runId);
    report.sessionApi = { status: api.status(), body: api.status() === 200 ? await api.json() : await api.text() };
    // a mistyped address: a page inside the shell that says so
    const missing = await page.goto(baseUrl + '/audits/runs/abc');
    report.notFound = { status: missing.status(),
      text: await page.locator('#not-found').textContent({ timeout: 15000 }).catch(() => null),
      shell: await page.locator('vaadin-app-layout').count() };
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(report));
  process.exit(report.pageErrors.length === 0 ? 0 : 2);
})().catch(e => { console.log(JSON.stringify({ failure: e.message })); process.exit(1); });
