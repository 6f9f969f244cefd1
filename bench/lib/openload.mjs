// An open-model load generator: requests are sent on a fixed schedule (one every 1/rate
// seconds), whether or not earlier ones have answered, and each latency is measured from the
// moment its request was due, so a slow server cannot slow the load down and hide its own
// queueing (no coordinated omission). Keep-alive connections are opened as needed.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

// url: a string, or a function giving each request's URL
export function openLoad({ url, rate, duration, method = 'GET', headers = {}, body, accept }) {
  const urlOf = typeof url === 'function' ? url : () => url;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const interval = 1000 / rate;
  const total = Math.max(1, Math.round(rate * duration));
  const latencies = [];
  let errors = 0;
  let non2xx = 0;
  let sent = 0;
  let settled = 0;
  const start = performance.now();

  return new Promise((resolve) => {
    const settle = () => {
      settled += 1;
      if (settled === total) {
        agent.destroy();
        resolve({ latencies, errors, non2xx, total, seconds: (performance.now() - start) / 1000 });
      }
    };
    const send = (due) => {
      const payload = body ? JSON.stringify(body()) : undefined;
      const target = new URL(urlOf());
      const request = http.request({
        agent, method, hostname: target.hostname, port: target.port, path: target.pathname + target.search,
        headers: payload ? { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : headers,
      }, (response) => {
        // accept(text), when given, reads each answer and judges it (a GraphQL answer with errors is a 200)
        const chunks = [];
        if (accept) response.on('data', (chunk) => chunks.push(chunk));
        else response.resume();
        response.on('end', () => {
          const ok = response.statusCode >= 200 && response.statusCode < 300
            && (!accept || accept(Buffer.concat(chunks).toString('utf8')));
          if (ok) latencies.push(performance.now() - due);
          else non2xx += 1;
          settle();
        });
      });
      request.on('error', () => { errors += 1; settle(); });
      request.end(payload);
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        send(start + sent * interval);
        sent += 1;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    tick();
  });
}

/**
 * Calls change(n) for n = 0 .. rate*duration-1 on a fixed schedule (open model, like openLoad),
 * for flows whose requests are not one URL: resolves with how many calls succeeded and failed.
 */
export function changesAtRate({ rate, duration, change }) {
  const total = Math.round(rate * duration);
  let committed = 0;
  let failed = 0;
  return new Promise((resolve) => {
    let settled = 0;
    for (let n = 0; n < total; n++) {
      setTimeout(async () => {
        try {
          await change(n);
          committed++;
        } catch (error) {
          failed++;
          console.error(String(error));
        }
        if (++settled === total) resolve({ committed, failed });
      }, n * (1000 / rate));
    }
  });
}
