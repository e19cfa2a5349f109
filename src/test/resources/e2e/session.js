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

module.exports = { launch, signIn };
