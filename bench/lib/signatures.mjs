// Standard Webhooks signature check with Node's own crypto (not the platform's library).
import { createHmac, timingSafeEqual } from 'node:crypto';

/** True when one of the space-separated `v1,<base64>` signatures in header signs id.timestamp.body with secret. */
export function verifies(secret, id, timestamp, body, header) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = Buffer.from(`v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`);
  return (header ?? '').split(' ').some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
