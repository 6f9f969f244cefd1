// The floor under the webhooks scenario: what signed POSTs alone cost on this machine, with the
// same receiver check as bench/lib/webhooks.mjs, so a delivery's CPU there can be read against it.
// bench/floor/WebhookFloorSender.java sends them (the services' JVM settings and their Vert.x
// client, from membership-service's packaged libraries); no service or database takes part.
// Environment: RATE (requests/s, 5000), DURATION (s, 15), WARMUP (s, 5); the sender runs 2 s longer,
// so the timed part is all sending.
import http from 'node:http';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifies } from './signatures.mjs';

const env = process.env;
const rate = Number(env.RATE ?? 5000);
const duration = Number(env.DURATION ?? 15);
const warmup = Number(env.WARMUP ?? 5);
const root = env.UNGIS_ROOT;
const secret = `whsec_${randomBytes(32).toString('base64')}`;

let verified = 0;
let bad = 0;
const seen = new Set();
const receiver = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const id = request.headers['webhook-id'];
    response.writeHead(204).end();
    if (!verifies(secret, id, request.headers['webhook-timestamp'], body, request.headers['webhook-signature'])) {
      bad++;
      return;
    }
    JSON.parse(body);
    if (!seen.has(id)) verified++;
    seen.add(id);
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));

const ticks = 100; // USER_HZ
const cpuOf = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticks;
};
const machine = () => {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const total = cpu.reduce((a, b) => a + b, 0);
  return { busy: (total - cpu[3] - cpu[4]) / ticks, total: total / ticks };
};
const self = () => { const usage = process.cpuUsage(); return (usage.user + usage.system) / 1e6; };

console.log(`scenario webhook-floor: ${rate} signed POSTs/s for ${duration} s after a ${warmup} s warm-up, `
  + 'Vert.x client on the services\' JVM settings -> this receiver, which verifies every signature');
const sender = spawn('java', ['-XX:+UseSerialGC', '-Xmx160m', '-XX:TieredStopAtLevel=1',
  '-cp', join(root, 'membership-service/target/quarkus-app/lib/main/*'),
  join(root, 'bench/floor/WebhookFloorSender.java'), String(rate), String(warmup + duration + 2), secret,
  String(receiver.address().port)], { stdio: ['ignore', 'pipe', 'inherit'] });
let output = '';
sender.stdout.on('data', (chunk) => { output += chunk; });
let exited = false;
const ended = new Promise((resolve) => sender.on('exit', (code) => { exited = true; resolve(code); }));

// the source launcher compiles first: the window starts once the first requests have come
while (verified === 0 && !exited) await new Promise((resolve) => setTimeout(resolve, 50));
if (verified === 0) {
  console.error('the sender ended before its first request arrived (is membership-service packaged? see its output above)');
  process.exit(1);
}
await new Promise((resolve) => setTimeout(resolve, warmup * 1000));
const before = { sender: cpuOf(sender.pid), receiver: self(), machine: machine(), verified };
await new Promise((resolve) => setTimeout(resolve, duration * 1000));
const after = { sender: cpuOf(sender.pid), receiver: self(), machine: machine(), verified };
await ended;
receiver.close();

const requests = after.verified - before.verified;
const [answered, failed] = output.trim().split(' ').map(Number);
const per = (key) => ((1000 * (after[key] - before[key])) / requests).toFixed(3);
const busy = (100 * (after.machine.busy - before.machine.busy)) / (after.machine.total - before.machine.total);
console.log(`sent ${rate * (warmup + duration + 2)}, answered 204 ${answered}, failed ${failed}; verified ${verified}, `
  + `bad signatures ${bad}; in the timed ${duration} s: ${requests} requests`);
console.log(`CPU ms per request: sender ${per('sender')} · receiver ${per('receiver')}; machine busy ${busy.toFixed(0)}%`);
