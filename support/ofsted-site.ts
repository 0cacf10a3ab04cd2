// A stand-in for Ofsted's report site on 127.0.0.1, for the end-to-end tests and the benchmark:
// an https server (throwaway certificate made at start) for reports.ofsted.gov.uk and
// files.ofsted.gov.uk, reached through a local proxy that records the host of every connection
// the browser makes, and refuses every other host. Faults can be injected per file.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import selfsigned from 'selfsigned';

export const OFSTED_HOSTS = ['reports.ofsted.gov.uk', 'files.ofsted.gov.uk'];

/** What a file address answers: a PDF, or a fault. */
export type FileAnswer =
  { pdf: Buffer; delayMs?: number } | { fault: 'hang' | '404' | 'html' } | { fault: '500-once' | 'truncated'; pdf: Buffer };

export interface OfstedSite {
  /** the proxy the browser must use (host:port) */
  proxy: string;
  /** every host the browser connected to, in order (host:port) */
  connections: string[];
  /** every request the stand-in site answered: host and path */
  requests: Array<{ host: string; path: string; at: number }>;
  pages: Map<string, string>;
  files: Map<string, FileAnswer>;
  close(): Promise<void>;
}

async function certificate() {
  const altNames = OFSTED_HOSTS.map((value) => ({ type: 2, value }));
  return selfsigned.generate([{ name: 'commonName', value: OFSTED_HOSTS[0]! }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames }],
  } as Parameters<typeof selfsigned.generate>[1]);
}

function answerFile(site: OfstedSite, id: string, res: http.ServerResponse, served: Map<string, number>): void {
  const answer = site.files.get(id);
  const times = (served.get(id) ?? 0) + 1;
  served.set(id, times);
  const pdfHead = { 'content-type': 'application/pdf' };
  if (!answer || ('fault' in answer && answer.fault === '404'))
    return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  if ('fault' in answer && answer.fault === 'hang') return; // never answers
  if ('fault' in answer && answer.fault === 'html')
    return void res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!doctype html><title>Sign in</title><p>Please sign in');
  if ('fault' in answer && answer.fault === '500-once' && times === 1) return void res.writeHead(500).end('server error');
  if ('fault' in answer && answer.fault === 'truncated') {
    const half = answer.pdf.subarray(0, Math.floor(answer.pdf.length / 2));
    return void res.writeHead(200, { ...pdfHead, 'content-length': String(half.length) }).end(half);
  }
  if (!('pdf' in answer)) return void res.writeHead(500).end();
  const delay = 'delayMs' in answer ? (answer.delayMs ?? 0) : 0;
  setTimeout(() => res.writeHead(200, pdfHead).end(answer.pdf), delay);
}

/** Starts the stand-in site and its recording proxy on random loopback ports. */
export async function serveOfstedSite(): Promise<OfstedSite> {
  const pems = await certificate();
  const served = new Map<string, number>();
  const sockets = new Set<net.Socket>();
  const site: OfstedSite = {
    proxy: '',
    connections: [],
    requests: [],
    pages: new Map(),
    files: new Map(),
    close: async () => {},
  };
  const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    site.requests.push({ host, path, at: Date.now() });
    if (host === 'files.ofsted.gov.uk' && path.startsWith('/v1/file/')) return answerFile(site, path.slice(9), res, served);
    const page = host === 'reports.ofsted.gov.uk' ? site.pages.get(path) : undefined;
    if (page === undefined) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Page not found</h1>');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  const proxy = http.createServer((req, res) => {
    site.connections.push(req.headers.host ?? String(req.url)); // a plain-http request: recorded, refused
    res.writeHead(403).end();
  });
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
    const target = String(req.url);
    site.connections.push(target);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    if (!OFSTED_HOSTS.some((h) => target === `${h}:443`)) return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = net.connect((server.address() as AddressInfo).port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await Promise.all([server, proxy].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
  site.proxy = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  site.close = async () => {
    for (const s of sockets) s.destroy();
    server.closeAllConnections();
    await Promise.all([server, proxy].map((s) => new Promise((resolve) => s.close(resolve))));
  };
  return site;
}

export interface ListedFile {
  id: string;
  /** the hidden words: "children's services inspection, pdf - 16 august 2013" */
  label: string;
}

/** A provider page as Ofsted's report site builds it: publication-link anchors with hidden text. */
export function providerPage(authority: string, files: ListedFile[]): string {
  const items = files
    .map(
      (f) =>
        `<li class="event-list__item"><a class="publication-link" target="_blank" href="https://files.ofsted.gov.uk/v1/file/${f.id}">` +
        `${f.label.split(',')[0]}<span class="nonvisual">${f.label}</span></a></li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>${authority} - Ofsted</title></head><body><main>
<h1 class="heading--title">${authority}</h1><p>Local authority children's services</p>
<h2>Reports</h2><ul class="event-list">${items}</ul></main></body></html>`;
}

/** Another layout: a table of plain links (no publication-link class, no hidden text). */
export function tableProviderPage(authority: string, files: ListedFile[]): string {
  const rows = files
    .map((f) => {
      const [kind, date] = f.label.split(', pdf - ');
      return `<tr><td>${kind}</td><td>${date}</td><td><a href="https://files.ofsted.gov.uk/v1/file/${f.id}">Download</a></td></tr>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>${authority}</title></head><body><h1>${authority}</h1>
<table><thead><tr><th>Publication</th><th>Date</th><th>File</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}
