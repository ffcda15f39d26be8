/** The development server's bare address leads to the taskpane instead of "Cannot GET /". */
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

type Middleware = { name?: string; middleware: (req: { url: string }, res: Antwoord, next: () => void) => void };
type Antwoord = {
  statusCode: number;
  headers: Record<string, string>;
  setHeader(k: string, v: string): void;
  end(): void;
  klaar: boolean;
};

const config = createRequire(__filename)(join(__dirname, "..", "..", "webpack.config.js")) as (
  env: object,
  argv: object,
) => { devServer: { setupMiddlewares: (m: Middleware[], server: unknown) => Middleware[] } };

function vraag(url: string): { antwoord: Antwoord; doorgegeven: boolean } {
  const middlewares = config({ WEBPACK_SERVE: true }, { mode: "development" }).devServer.setupMiddlewares([], {});
  const antwoord: Antwoord = {
    statusCode: 200,
    headers: {},
    klaar: false,
    setHeader(k, v) {
      this.headers[k.toLowerCase()] = v;
    },
    end() {
      this.klaar = true;
    },
  };
  let doorgegeven = false;
  for (const m of middlewares) m.middleware({ url }, antwoord, () => (doorgegeven = true));
  return { antwoord, doorgegeven };
}

describe("the development server", () => {
  it("redirects / to the taskpane", () => {
    const { antwoord, doorgegeven } = vraag("/");
    expect(antwoord.statusCode).toBe(302);
    expect(antwoord.headers.location).toBe("/taskpane.html");
    expect(antwoord.klaar).toBe(true);
    expect(doorgegeven).toBe(false);
    expect(vraag("/?x=1").antwoord.headers.location).toBe("/taskpane.html");
  });

  it("leaves every other address to the server", () => {
    for (const url of ["/taskpane.html", "/functions.json", "/assets/icon-32.png"]) {
      const { antwoord, doorgegeven } = vraag(url);
      expect(doorgegeven, url).toBe(true);
      expect(antwoord.klaar).toBe(false);
    }
  });
});
