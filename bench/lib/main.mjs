// Runs one scenario at a fixed request rate against a running platform and prints one row per
// target. Usage: node lib/main.mjs [scenario]; RATE, DURATION, WARMUP from env.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { openLoad } from './openload.mjs';
import { scenarios } from './scenarios.mjs';
import { baseUrl, cpuPerRequest, cpuTimes, memory, seed } from './platform.mjs';

const env = process.env;
const rate = Number(env.RATE ?? 200);
const duration = Number(env.DURATION ?? 15);
const warmup = Number(env.WARMUP ?? 5);

const name = process.argv[2] ?? 'baseline';
// scenarios that drive a flow of their own rather than a list of request targets
const flows = {
  webhooks: () => import('./webhooks.mjs'),
  'webhook-floor': () => import('./webhook-floor.mjs'),
  gateway: () => import('./gateway.mjs'),
  subscriptions: () => import('./subscriptions.mjs'),
  rename: async () => {
    const { renamePropagation } = await import('./scenarios-events.mjs');
    const result = await renamePropagation({ token: env.UNGIS_TOKEN, count: Number(env.COUNT ?? 1000) });
    console.log(`rename in membership-service -> new name in events-service, ${result.renames} renames: `
      + `p50 ${result.p50.toFixed(1)} ms  p90 ${result.p90.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  `
      + `max ${result.max.toFixed(1)} ms  (target p99 <= 100)`);
  },
};
if (flows[name]) {
  await flows[name]();
  process.exit(0);
}
const targets = scenarios[name];
if (!targets) {
  console.error(`unknown scenario '${name}'; known: ${[...Object.keys(scenarios), ...Object.keys(flows)].join(', ')}`);
  process.exit(2);
}

const rateOf = (target) => target.rate ?? rate;

async function measure(target) {
  const writing = target.kind === 'write';
  const load = (seconds) => openLoad({
    // a target's path may be a function: a fresh path per request (distinct search queries)
    url: typeof target.path === 'function' ? () => baseUrl(target.service) + target.path() : baseUrl(target.service) + target.path,
    rate: rateOf(target),
    duration: seconds,
    ...(writing ? { method: target.method, headers: { authorization: `Bearer ${env.UNGIS_TOKEN}` }, body: target.body } : {}),
  });
  // JIT, pools and the database's buffers warm up; its figures are dropped. A target may ask for longer.
  const warming = target.warmup ?? warmup;
  if (warming > 0) await load(warming);
  const before = cpuTimes();
  const result = await load(duration);
  const cpu = cpuPerRequest(before, cpuTimes(), result.latencies.length + result.errors + result.non2xx);
  const samples = result.latencies.sort((a, b) => a - b);
  const percentile = (p) => (samples.length ? samples[Math.ceil((p / 100) * samples.length) - 1] : NaN);
  return {
    result: { ...result, latencies: undefined, percentiles: { p50: percentile(50), p90: percentile(90), p99: percentile(99), max: samples.at(-1) } },
    achieved: samples.length / result.seconds,
    p50: percentile(50), p90: percentile(90), p99: percentile(99),
    failures: `${result.errors}/${result.non2xx}`,
    rss: memory(),
    cpu,
  };
}

function print(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  for (const row of rows) {
    console.log(row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  '));
  }
}

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
const label = (target) => `${target.service.replace(/-service$/, '')} ${target.name ?? target.path}`;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = join(import.meta.dirname, '..', 'results', stamp);
mkdirSync(out, { recursive: true });

const created = await seed(env.UNGIS_TOKEN);
if (Object.values(created).some(Boolean)) console.log(`seeded: ${JSON.stringify(created)}`);
console.log(`scenario ${name}: ${rate} req/s for ${duration} s per target after a ${warmup} s warm-up, `
  + `open model (requests on a fixed schedule, latency from when each was due), ${cpus().length} CPUs shared `
  + `with the platform, load average ${loadavg()[0].toFixed(2)}`);

const measured = [];
for (const target of targets) {
  process.stderr.write(`measuring ${label(target)} ...\n`);
  const m = await measure(target);
  measured.push({ target, ...m });
  const file = label(target).replace(/[^A-Za-z0-9-]+/g, '_').replace(/_+$/, '');
  writeFileSync(join(out, `${file}.json`), JSON.stringify(m.result, null, 2));
}

const memoryNames = Object.keys(measured[0].rss);
print([
  ['target', 'req/s', 'achieved', 'p50 ms', 'p90 ms', 'p99 ms', 'err/non2xx', ...memoryNames.map((n) => `${n} MB`)],
  ...measured.map((m) => [label(m.target), rateOf(m.target), fixed(m.achieved), fixed(m.p50, 2), fixed(m.p90, 2), fixed(m.p99, 2),
    m.failures, ...memoryNames.map((n) => m.rss[n] ?? '-')]),
]);

// where the machine's CPU went: a request is cheap only if the whole platform's work for it is
const cpuNames = Object.keys(measured[0].cpu.perRequest);
console.log('\nCPU ms per request during the timed part, per process (asynchronous work it caused included; bench: the load generator), and machine busy %:');
print([
  ['target', ...cpuNames.map((n) => `${n}`), 'all', 'busy %'],
  ...measured.map((m) => [label(m.target), ...cpuNames.map((n) => fixed(m.cpu.perRequest[n], 2)),
    fixed(m.cpu.all, 2), fixed(m.cpu.busy, 0)]),
]);
console.log('');

const ratios = measured.filter((m) => m.target.kind === 'read').flatMap((m) => {
  const reference = measured.find((h) => h.target.kind === 'health' && h.target.service === m.target.service);
  return reference ? [`${m.target.name ?? m.target.path} ${fixed(m.p50 / reference.p50, 2)}x`] : [];
});
if (ratios.length) console.log(`p50 of each read / p50 of its service's /q/health/ready: ${ratios.join(' · ')}`);

writeFileSync(join(out, 'summary.json'), JSON.stringify({ scenario: name, rate, duration, warmup,
  rows: measured.map(({ target, achieved, p50, p90, p99, failures, rss, cpu }) => ({ target, achieved, p50, p90, p99, failures, rss, cpu })) }, null, 2));
console.log(`raw results: ${out}`);
