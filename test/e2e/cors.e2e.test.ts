/**
 * Excel on the web fetches functions.json and functions.js from its own origin: the dev server
 * (`npm start`) must send the CORS header, or the LVS functions do not load there.
 */
import { request } from "node:https";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
let server: any;
let poort = 0;

function vrijePoort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function haal(
  pad: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: poort,
        path: pad,
        rejectUnauthorized: false,
        headers: { Origin: "https://excel.officeapps.live.com" },
      },
      (res) => {
        let body = "";
        res.on("data", (d: Buffer) => (body += d.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  const webpack = (await import("webpack")).default;
  const { default: WebpackDevServer } = await import("webpack-dev-server");
  const maakConfig = (await import(join(ROOT, "webpack.config.js"))).default as (
    env: object,
    argv: object,
  ) => { devServer: object };
  const config = maakConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  poort = await vrijePoort();
  const compiler = webpack({ ...config, mode: "development", context: ROOT } as never);
  // The first build happens in memory after the server starts; wait for it before asking for files.
  const gebouwd = new Promise<void>((resolve) =>
    (compiler as unknown as { hooks: { done: { tap: (n: string, f: () => void) => void } } }).hooks.done.tap(
      "cors-test",
      () => resolve(),
    ),
  );
  server = new WebpackDevServer({ ...config.devServer, port: poort, open: false }, compiler as never);
  await server.start();
  await gebouwd;
}, 600_000);

afterAll(async () => {
  await server?.stop();
});

describe("the dev server", () => {
  it("serves functions.json and functions.js with Access-Control-Allow-Origin", async () => {
    for (const pad of ["/functions.json", "/functions.js"]) {
      const antwoord = await haal(pad);
      expect(antwoord.status, pad).toBe(200);
      expect(antwoord.headers["access-control-allow-origin"], pad).toBe("*");
    }
    const metadata = JSON.parse((await haal("/functions.json")).body) as {
      functions: { helpUrl: string; parameters: { allowErrorForDataTypeAny: boolean }[] }[];
    };
    expect(metadata.functions.every((f) => f.helpUrl.startsWith("https://localhost:3000/help.html#functie-"))).toBe(
      true,
    );
    expect(metadata.functions.every((f) => f.parameters.every((p) => p.allowErrorForDataTypeAny))).toBe(true);
  }, 120_000);
});
