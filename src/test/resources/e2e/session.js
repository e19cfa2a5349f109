// Shared by the end-to-end scripts: start headless Chromium and sign in through the login view.
const { chromium } = require('playwright-core');

async function launch(executable) {
  return chromium.launch({ executablePath: executable,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'] });
}

async function signIn(page, baseUrl, user, password) {
  await page.goto(baseUrl + '/login');
  await page.waitForSelector('vaadin-login-form');
  await page.fill('input[name="username"]', user);
  await page.fill('input[name="password"]', password);
  await page.click('vaadin-login-form vaadin-button');
  await page.waitForSelector('#home-facts', { timeout: 30000 });
}

/**
 * Waits until the page has settled after a navigation: no Flow request in flight and the address
 * unchanged for 300 ms. A filter change moves Vaadin's React router, which steps the history back
 * and forth once more shortly after the new address appears; a Back pressed in between would be
 * undone by that step, so a script waits for it like a person would not notice it.
 */
async function settled(page) {
  await page.waitForFunction(() => {
    const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
    const busy = Object.values(clients).some(client => client.isActive && client.isActive());
    const now = location.href;
    const seen = window.__settled || (window.__settled = { href: now, since: performance.now() });
    if (busy || seen.href !== now) {
      window.__settled = { href: now, since: performance.now() };
      return false;
    }
    return performance.now() - seen.since >= 300;
  }, null, { timeout: 20000, polling: 50 });
}

module.exports = { launch, signIn, settled };
