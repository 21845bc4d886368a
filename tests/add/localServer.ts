// A web server on 127.0.0.1 for the add tests: each path answers with a fixed status, type and
// body, or hangs (to test the time-out). It listens on a free port and is closed after the test.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  status?: number;
  type?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Never answer. */
  hang?: boolean;
}

export interface LocalServer {
  url(path: string): string;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route>): Promise<LocalServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes[path];
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (route.hang) return;
    response.writeHead(route.status ?? 200, { "content-type": route.type ?? "text/html; charset=utf-8", ...route.headers });
    response.end(route.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const SENTENCES = [
  "Azerbaijan's defence ministry said on Sunday that nine civilians were killed when a missile struck an apartment block in Ganja overnight.",
  "Armenia's defence ministry denied the accusation, saying its forces had not fired on civilian areas, and accused Azerbaijan of shelling Stepanakert.",
  "The OSCE Minsk Group co-chairs called upon the parties to observe the humanitarian ceasefire agreed in Moscow and to refrain from targeting civilians.",
];

/** A news page with its metadata in JSON-LD and furniture around the article; `n` makes its text unique. */
export function newsPage(n: number, options: { date?: string | null; title?: string } = {}): string {
  const date = options.date === undefined ? "2020-10-11" : options.date;
  const title = options.title ?? `Missile strike on Ganja, report ${n}`;
  const ld = { "@type": "NewsArticle", headline: title, publisher: { name: "Caspian Wire" }, ...(date ? { datePublished: `${date}T08:00:00+04:00` } : {}) };
  return `<!doctype html><html><head><title>${title} | Caspian Wire</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="cookie-banner">We use cookies. Accept all</div>
<main><article><h1>${title}</h1>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}<p>Rescue teams searched block number ${n} of the district through the night, officials said.</p></article></main>
<footer>© 2020 Caspian Wire</footer></body></html>`;
}
