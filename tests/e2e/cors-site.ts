// A stand-in for another site that lets the extension read its files (it answers the extension's
// origin with CORS), for "Add from addresses" in either browser.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Serves `files` (by name) on an ephemeral loopback port. */
export async function serveSite(
  files: Record<string, Buffer>,
): Promise<{ url: (name: string) => string; close: () => Promise<void> }> {
  const site = http.createServer((req, res) => {
    const body = files[path.basename(req.url ?? '')];
    const cors = { 'access-control-allow-origin': req.headers.origin ?? '*', 'access-control-allow-credentials': 'true' };
    if (!body) return res.writeHead(404, cors).end();
    res.writeHead(200, { ...cors, 'content-type': 'application/pdf' }).end(body);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  return { url: (name) => `${base}/${name}`, close: () => new Promise((resolve) => site.close(() => resolve())) };
}
