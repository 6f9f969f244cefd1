// bench/run gateway: the dashboard query (50 organizations -> their posts, events and mentions)
// sent to the UNGIS gateway at fixed rates, and the equivalent query to a peer gateway that
// composes the three services' OpenAPI documents (GraphQL Mesh compose + Hive Gateway, from npm).
// Prints p50/p99 per rate, the highest rate whose p99 stays within 50 ms, and the ratios.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openLoad } from './openload.mjs';
import { baseUrl } from './platform.mjs';

const env = process.env;
const rates = (env.RATES ?? '25,50,100,200,400').split(',').map(Number);
const duration = Number(env.DURATION ?? 15);
const warmup = Number(env.WARMUP ?? 5);
const budget = Number(env.P99_BUDGET_MS ?? 50);
const peerPort = Number(env.PEER_PORT ?? 4000);
const bench = join(import.meta.dirname, '..');

const ours = /* GraphQL */ `{
  organizations(first: 50) {
    nodes { id acronym postHistory { kind termStart } events { title startDate } mentionedIn { address } }
  }
}`;
// the same data from the peer's schema: membership's list, with the @resolveTo fields of peer/mesh.config.ts
const peers = /* GraphQL */ `{
  organizations(limit: "50") {
    ... on OrganizationPage {
      items { id acronym postHistory { kind termStart } events { events { title startDate } } mentionedIn { paragraphs { address } } }
    }
  }
}`;

async function post(url, query) {
  const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return answer.json();
}

async function measure(url, query, rate) {
  // an answer counts only when it has data and no errors (a service timing out gives partial data with errors)
  const accept = (text) => { try { const answer = JSON.parse(text); return !answer.errors && answer.data != null; } catch { return false; } };
  const load = (seconds) => openLoad({ url, rate, duration: seconds, method: 'POST', body: () => ({ query }), accept });
  if (warmup > 0) await load(warmup);
  const result = await load(duration);
  const samples = result.latencies.sort((a, b) => a - b);
  const percentile = (p) => (samples.length ? samples[Math.ceil((p / 100) * samples.length) - 1] : NaN);
  return { rate, achieved: samples.length / result.seconds, p50: percentile(50), p99: percentile(99), failures: result.errors + result.non2xx };
}

async function sweep(name, url, query) {
  const rows = [];
  for (const rate of rates) {
    process.stderr.write(`${name}: ${rate} req/s ...\n`);
    const row = await measure(url, query, rate);
    rows.push(row);
    if (row.failures > 0 || !(row.p99 <= budget * 4)) break; // far past its limit: higher rates tell nothing more
  }
  const within = rows.filter((row) => row.failures === 0 && row.p99 <= budget).map((row) => row.rate);
  return { name, rows, best: within.length ? Math.max(...within) : 0 };
}

async function startPeer() {
  const peer = join(bench, 'peer');
  const bin = (tool) => join(bench, 'node_modules', '.bin', tool);
  if (!existsSync(bin('mesh-compose')) || !existsSync(bin('hive-gateway'))) {
    throw new Error('peer gateway not installed: run npm install in bench/');
  }
  const composed = spawnSync(bin('mesh-compose'), ['-o', 'supergraph.graphql'], { cwd: peer, env, encoding: 'utf8' });
  if (composed.status !== 0) throw new Error(`mesh-compose failed:\n${composed.stdout}\n${composed.stderr}`);
  const server = spawn(bin('hive-gateway'), ['supergraph', 'supergraph.graphql', '--port', String(peerPort)],
    { cwd: peer, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  server.stderr.on('data', (chunk) => { errors += chunk; });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${peerPort}/healthcheck`)).ok) return server;
    } catch { /* not yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`hive-gateway did not start:\n${errors}`);
}

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
const gatewayUrl = `${baseUrl('gateway')}/graphql`;
const check = await post(gatewayUrl, ours);
if (check.errors || check.data.organizations.nodes.length === 0) throw new Error(`the dashboard query fails: ${JSON.stringify(check.errors)}`);
console.log(`dashboard query: ${check.data.organizations.nodes.length} organizations with post history, events and mentions; `
  + `${duration} s per rate after ${warmup} s warm-up, open model; p99 budget ${budget} ms`);

const results = [await sweep('ungis gateway', gatewayUrl, ours)];
let server;
try {
  server = await startPeer();
  const peerUrl = `http://127.0.0.1:${peerPort}/graphql`;
  const peerCheck = await post(peerUrl, peers);
  if (peerCheck.errors) throw new Error(`the peer's query fails: ${JSON.stringify(peerCheck.errors).slice(0, 2000)}`);
  results.push(await sweep('peer (mesh + hive gateway)', peerUrl, peers));
} catch (failure) {
  console.log(`peer gateway not measured: ${failure.message}`);
} finally {
  server?.kill();
}

for (const { name, rows, best } of results) {
  console.log(`${name}: highest rate with p99 <= ${budget} ms: ${best} req/s`);
  for (const row of rows) {
    console.log(`  ${String(row.rate).padStart(5)} req/s  achieved ${fixed(row.achieved).padStart(6)}  p50 ${fixed(row.p50, 2).padStart(8)} ms`
      + `  p99 ${fixed(row.p99, 2).padStart(8)} ms  failures ${row.failures}`);
  }
}
if (results.length === 2) {
  const [a, b] = results;
  const ratios = a.rows.flatMap((row) => {
    const other = b.rows.find((candidate) => candidate.rate === row.rate);
    return other ? [`${row.rate} req/s: p50 ${fixed(other.p50 / row.p50, 2)}x, p99 ${fixed(other.p99 / row.p99, 2)}x`] : [];
  });
  const best = a.best > 0 && b.best > 0 ? `${fixed(a.best / b.best, 2)}x` : `${a.best} vs ${b.best} req/s`;
  console.log(`peer / ungis gateway latency: ${ratios.join(' · ')}; highest rate within budget, ours / peer's: ${best}`);
}
