/**
 * The built taskpane served on 127.0.0.1 and opened in Debian's Chromium through playwright-core.
 * Office.js comes from Microsoft's CDN, which this machine cannot reach: requests for it are answered
 * with the local copy from @microsoft/office-js. Every request the page makes is recorded.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OFFICE = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".json": "application/json",
  ".xml": "text/xml",
};

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Sessie {
  readonly page: Page;
  readonly url: string;
  readonly verzoeken: string[];
  readonly dialogen: string[];
  readonly fouten: string[];
  sluit(): Promise<void>;
}

function serveer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const pad = normalize(join(DIST, decodeURIComponent((req.url ?? "/").split("?")[0]!)));
    if (!pad.startsWith(DIST) || !existsSync(pad) || statSync(pad).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(pad)] ?? "application/octet-stream" });
    createReadStream(pad).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
    ),
  );
}

export async function openTaakvenster(breedte = 360): Promise<Sessie> {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html ontbreekt: draai eerst npm run build");
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium niet gevonden op ${CHROMIUM}: installeer het Debian-pakket chromium of zet CHROMIUM_PATH`,
    );
  const { server, url } = await serveer();
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const context = await browser.newContext({ viewport: { width: breedte, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const sessie = { page, url, verzoeken: [] as string[], dialogen: [] as string[], fouten: [] as string[] };
  page.on("request", (r) => sessie.verzoeken.push(r.url()));
  page.on("dialog", (d) => {
    sessie.dialogen.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => sessie.fouten.push(String(e)));
  await page.route(`${CDN}**`, (route) => {
    const bestand = join(OFFICE, route.request().url().slice(CDN.length).split("?")[0]!);
    return existsSync(bestand)
      ? route.fulfill({ path: bestand, contentType: "text/javascript" })
      : route.fulfill({ status: 404 });
  });
  await page.goto(`${url}/taskpane.html`);
  await page.waitForFunction(() => !document.getElementById("status")?.textContent?.includes("laden"));
  return {
    ...sessie,
    sluit: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** Requests that left 127.0.0.1. The Office CDN is answered locally by the route above, so it never leaves. */
export function naarBuiten(sessie: Sessie): string[] {
  return sessie.verzoeken.filter(
    (u) => !u.startsWith(sessie.url) && !u.startsWith(CDN) && !u.startsWith("blob:") && !u.startsWith("data:"),
  );
}
