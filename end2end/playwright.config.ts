import { defineConfig, devices } from '@playwright/test';
import { EMPTY_BASE_URL, EMPTY_DIR, EMPTY_PORT } from './tests/support';

// Browser tests of Solilab. They drive the system Chromium (never a
// Playwright-downloaded one) against the server binary started in demo mode on
// a fresh SQLite database. Build the server (and the site: WASM + CSS in
// ../target/site) before running `npx playwright test` from this folder.

const PORT = 3900;
const BASE_URL = `http://127.0.0.1:${PORT}`;

/** Server binary; SOLILAB_BIN replaces the default debug build. */
const SOLILAB_BIN = process.env.SOLILAB_BIN ?? '../target/debug/solilab';

/** Quote for /bin/sh so a path with spaces still works. */
const sh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** process.env without undefined values, as webServer.env expects. */
const inheritedEnv: Record<string, string> = Object.fromEntries(
  Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
);

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  forbidOnly: !!process.env.CI,

  use: {
    baseURL: BASE_URL,
    launchOptions,
    trace: 'off',
  },

  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Re-stated so that no device descriptor can override the system browser.
        launchOptions,
        // A French browser, as most visitors have: the app may negotiate the
        // language from Accept-Language, and French is the default under test.
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
      },
    },
  ],

  webServer: [
    {
      // Run through a shell, from this folder (end2end/).
      command: `rm -rf ../target/e2e && mkdir -p ../target/e2e && ${sh(SOLILAB_BIN)} serve --demo --addr 127.0.0.1:${PORT}`,
      cwd: __dirname,
      env: {
        ...inheritedEnv,
        DATABASE_URL: 'sqlite://../target/e2e/e2e.db?mode=rwc',
        LEPTOS_SITE_ROOT: '../target/site',
        RUST_LOG: 'warn',
        // Parcels are told in batches of 15 seconds rather than ten minutes (desk.spec.ts).
        SOLILAB_PARCEL_BATCH_SECONDS: '15',
      },
      url: `${BASE_URL}/healthz`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // A new operator's first run: an empty database, and the log the setup link is read from.
      command: `rm -rf ${EMPTY_DIR} && mkdir -p ${EMPTY_DIR} && ${sh(SOLILAB_BIN)} serve --addr 127.0.0.1:${EMPTY_PORT} 2> ${EMPTY_DIR}/server.log`,
      cwd: __dirname,
      env: {
        ...inheritedEnv,
        DATABASE_URL: `sqlite://${EMPTY_DIR}/empty.db?mode=rwc`,
        SOLILAB_BASE_URL: EMPTY_BASE_URL,
        LEPTOS_SITE_ROOT: '../target/site',
        RUST_LOG: 'warn',
        NO_COLOR: '1',
      },
      url: `${EMPTY_BASE_URL}/healthz`,
      timeout: 120_000,
      reuseExistingServer: false,
    },
  ],
});
