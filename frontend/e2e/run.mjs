// Starts the backend jar on a free port with a throwaway embedded database, waits until it is
// ready, runs the browser specs against it and always stops it again.
// Usage: node e2e/run.mjs <backend-jar> <identity-provider-classpath-file> <greenmail-standalone-jar>
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, 'artifacts');
const READY_TIMEOUT_MS = 180_000;
const OVERALL_TIMEOUT_MS = Number(process.env.MATURO_E2E_TIMEOUT_MS ?? 15 * 60_000);
const KILL_GRACE_MS = 20_000;

const log = (message) => console.log(`[e2e] ${message}`);

const [jarArg, idpClasspathArg, mailJarArg] = process.argv.slice(2);
if (!jarArg || !idpClasspathArg || !mailJarArg) {
  console.error(
    '[e2e] usage: npm run e2e -- <path-to-backend-jar> <file-with-identity-provider-classpath> <greenmail-standalone-jar>',
  );
  console.error(
    '[e2e] (Maven passes all three: ./mvnw verify builds the jar, writes the classpath file and copies GreenMail.)',
  );
  process.exit(2);
}
const jar = resolve(jarArg);
if (!existsSync(jar)) {
  console.error(`[e2e] backend jar not found: ${jar}`);
  process.exit(2);
}
const idpClasspathFile = resolve(idpClasspathArg);
if (!existsSync(idpClasspathFile)) {
  console.error(`[e2e] identity provider classpath file not found: ${idpClasspathFile}`);
  process.exit(2);
}

const mailJar = resolve(mailJarArg);
if (!existsSync(mailJar)) {
  console.error(`[e2e] GreenMail standalone jar not found: ${mailJar}`);
  process.exit(2);
}

mkdirSync(artifacts, { recursive: true });
const backendLogPath = join(artifacts, 'backend.log');
const workDir = mkdtempSync(join(tmpdir(), 'maturo-e2e-'));
let backend = null;
let idp = null;
let mail = null;
let tests = null;
let finished = false;

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function printBackendLogTail(lines = 80) {
  try {
    const text = readFileSync(backendLogPath, 'utf8').trimEnd().split('\n');
    console.error(`[e2e] last ${Math.min(lines, text.length)} lines of ${backendLogPath}:`);
    console.error(text.slice(-lines).join('\n'));
  } catch {
    console.error('[e2e] (no backend log)');
  }
}

function stopChild(child, name) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => {
      log(`${name} did not stop within ${KILL_GRACE_MS / 1000} s; sending SIGKILL`);
      child.kill('SIGKILL');
    }, KILL_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

async function finish(code) {
  if (finished) return;
  finished = true;
  await stopChild(tests, 'test runner');
  if (backend && backend.exitCode === null && backend.signalCode === null) log('stopping backend');
  await stopChild(backend, 'backend');
  await stopChild(idp, 'identity provider');
  await stopChild(mail, 'mail server');
  try {
    rmSync(workDir, { recursive: true, force: true });
  } catch (error) {
    log(`could not remove ${workDir}: ${error.message}`);
  }
  process.exit(code);
}

// Last-resort cleanup: never leave a JVM behind, whatever happens to this process.
process.on('exit', () => {
  for (const child of [tests, backend, idp, mail]) {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`received ${signal}`);
    void finish(130);
  });
}
process.on('uncaughtException', (error) => {
  console.error('[e2e] unexpected error:', error);
  void finish(1);
});
const overallTimer = setTimeout(() => {
  console.error(`[e2e] overall timeout of ${OVERALL_TIMEOUT_MS / 1000} s reached`);
  printBackendLogTail();
  void finish(1);
}, OVERALL_TIMEOUT_MS);
overallTimer.unref();

async function waitUntilReady(child, name, url) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited early (code ${child.exitCode ?? child.signalCode})`);
    }
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(5_000),
      });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`${name} not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

/**
 * A real OpenID Connect provider for the single sign-on specs: mock-oauth2-server's standalone server with its
 * interactive login page, on loopback only.
 */
async function startIdentityProvider(java) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const classpath = readFileSync(idpClasspathFile, 'utf8').trim();
  idp = spawn(
    java,
    ['-cp', classpath, 'no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt'],
    {
      cwd: workDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        SERVER_HOSTNAME: '127.0.0.1',
        SERVER_PORT: String(port),
        JSON_CONFIG: JSON.stringify({ interactiveLogin: true }),
      },
    },
  );
  const idpLog = createWriteStream(join(artifacts, 'identity-provider.log'));
  idp.stdout.pipe(idpLog);
  idp.stderr.pipe(idpLog);
  await waitUntilReady(idp, 'identity provider', `${url}/default/.well-known/openid-configuration`);
  log(`identity provider ready at ${url}`);
  return url;
}

/**
 * A real SMTP server for the mail specs: GreenMail standalone on loopback, with its REST API, which the specs use
 * to read what arrived (see mailTo in support.mjs). Any address is accepted.
 */
async function startMailServer(java) {
  const smtpPort = await freePort();
  const apiPort = await freePort();
  mail = spawn(
    java,
    [
      `-Dgreenmail.smtp.hostname=127.0.0.1`,
      `-Dgreenmail.smtp.port=${smtpPort}`,
      `-Dgreenmail.api.hostname=127.0.0.1`,
      `-Dgreenmail.api.port=${apiPort}`,
      '-Dgreenmail.auth.disabled',
      '-jar',
      mailJar,
    ],
    { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const mailLog = createWriteStream(join(artifacts, 'mail-server.log'));
  mail.stdout.pipe(mailLog);
  mail.stderr.pipe(mailLog);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitUntilReady(mail, 'mail server', `${apiUrl}/api/service/readiness`);
  log(`mail server ready: SMTP on port ${smtpPort}, API at ${apiUrl}`);
  return { smtpPort, apiUrl };
}

async function main() {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  let mailServer;
  try {
    mailServer = await startMailServer(java);
  } catch (error) {
    console.error(`[e2e] mail server failed to start: ${error.message}`);
    return finish(1);
  }
  const args = [
    '-jar',
    jar,
    `--server.port=${port}`,
    `--maturo.embedded-database.data-dir=${join(workDir, 'pgdata')}`,
    // The test identity provider runs on loopback over plain HTTP.
    '--maturo.sso.allow-local-issuers=true',
    // Links in mails point at this server; mails go to GreenMail.
    `--maturo.public-url=${baseUrl}`,
    '--spring.mail.host=127.0.0.1',
    `--spring.mail.port=${mailServer.smtpPort}`,
    // Surveys opened in a spec send their invitations within a second.
    '--maturo.scheduler.polling-interval=500ms',
  ];
  log(`starting ${java} ${args.join(' ')}`);
  const backendLog = createWriteStream(backendLogPath);
  backend = spawn(java, args, { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] });
  backend.stdout.pipe(backendLog);
  backend.stderr.pipe(backendLog);
  const spawnError = new Promise((_, reject) => backend.once('error', reject));

  const started = Date.now();
  try {
    await Promise.race([
      waitUntilReady(backend, 'backend', `${baseUrl}/actuator/health/readiness`),
      spawnError,
    ]);
  } catch (error) {
    console.error(`[e2e] backend failed to start: ${error.message}`);
    printBackendLogTail();
    return finish(1);
  }
  log(`backend ready at ${baseUrl} after ${Math.round((Date.now() - started) / 1000)} s`);

  let idpUrl;
  try {
    idpUrl = await startIdentityProvider(java);
  } catch (error) {
    console.error(`[e2e] identity provider failed to start: ${error.message}`);
    return finish(1);
  }

  // Explicit file list: `node --test <dir>` means different things in Node 20 and 22.
  const specsDir = join(here, 'specs');
  const specs = readdirSync(specsDir)
    .filter((name) => name.endsWith('.test.mjs'))
    .sort()
    .map((name) => join(specsDir, name));
  tests = spawn(
    process.execPath,
    ['--test', '--test-reporter=spec', '--test-concurrency=1', ...specs],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        MATURO_BASE_URL: baseUrl,
        MATURO_IDP_URL: idpUrl,
        MATURO_MAIL_API_URL: mailServer.apiUrl,
      },
    },
  );
  const code = await new Promise((resolveCode) => {
    tests.once('exit', (exitCode, signal) => resolveCode(exitCode ?? (signal ? 1 : 0)));
    tests.once('error', (error) => {
      console.error(`[e2e] could not start the test runner: ${error.message}`);
      resolveCode(1);
    });
  });
  if (code !== 0) {
    log(`tests failed (exit ${code}); backend log: ${backendLogPath}`);
  }
  return finish(code);
}

void main();
