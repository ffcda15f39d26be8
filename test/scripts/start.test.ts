/**
 * `npm start` tells the truth: the exact address, the certificate warning explained in Dutch, and a
 * plain answer when the port is taken. Webpack is replaced by a stand-in in a scratch folder (the
 * script starts the tools from node_modules/.bin of the folder it runs in), so nothing is built.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpsServer } from "node:https";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, TECHNISCH, type Uitkomst } from "./hulp/opdracht";

/** A folder with stand-ins for webpack and the certificate tool, and a home with or without certificates. */
function werkmap(metCertificaten: boolean): { cwd: string; home: string; log: string } {
  const cwd = mkdtempSync(join(tmpdir(), "lvs-start-"));
  const home = join(cwd, "thuis");
  const log = join(cwd, "webpack.log");
  mkdirSync(join(cwd, "node_modules", ".bin"), { recursive: true });
  for (const [naam, regel] of [
    ["webpack", `echo "$@" > "${log}"`],
    ["office-addin-dev-certs", "true"],
  ] as const) {
    const pad = join(cwd, "node_modules", ".bin", naam);
    writeFileSync(pad, `#!/bin/sh\n${regel}\n`);
    chmodSync(pad, 0o755);
  }
  mkdirSync(join(home, ".office-addin-dev-certs"), { recursive: true });
  if (metCertificaten)
    for (const f of ["ca.crt", "localhost.crt", "localhost.key"])
      writeFileSync(join(home, ".office-addin-dev-certs", f), "test");
  return { cwd, home, log };
}

function start(port: number, map: { cwd: string; home: string }): Promise<Uitkomst> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "scripts", "start.mjs")], {
      cwd: map.cwd,
      env: { ...process.env, HOME: map.home, npm_package_config_dev_server_port: String(port) },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => resolve({ code, out, err }));
  });
}

function luister(server: Server | ReturnType<typeof createHttpsServer>): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
  );
}

describe("npm start", () => {
  it("takes its port from package.json's config, which says 3000, as npm passes it on", () => {
    // npm run hands package.json's config to the script as npm_package_config_*; the tests pass a free port the same way.
    expect(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).config.dev_server_port).toBe(3000);
  });

  it("prints the exact address and explains the certificate warning in Dutch", async () => {
    const vrij = createServer();
    const port = await luister(vrij);
    await new Promise((r) => vrij.close(r));
    const map = werkmap(true);
    const { code, out, err } = await start(port, map);
    expect(code, err).toBe(0);
    expect(out).toContain(`  https://localhost:${port}/taskpane.html\n`);
    expect(out).toContain("niet privé");
    expect(out).toContain("binnen je eigen computer (127.0.0.1)");
    expect(out).toContain("'Geavanceerd' en dan 'Doorgaan naar localhost'");
    expect(out).toContain(join(map.home, ".office-addin-dev-certs", "ca.crt"));
    expect(readFileSync(map.log, "utf8").trim()).toBe(`serve --mode development --port ${port}`);
  });

  it("says the warning returns at every start when no certificate could be made", async () => {
    const vrij = createServer();
    const port = await luister(vrij);
    await new Promise((r) => vrij.close(r));
    const { out } = await start(port, werkmap(false));
    expect(out).toContain("tijdelijk");
    expect(out).toContain("niet privé");
  });

  it("says to run npm ci when the tools are not installed, instead of Node's spawn error", async () => {
    const vrij = createServer();
    const port = await luister(vrij);
    await new Promise((r) => vrij.close(r));
    const map = werkmap(true);
    rmSync(join(map.cwd, "node_modules", ".bin", "webpack"));
    const uitkomst = await start(port, map);
    expect(uitkomst.code).toBe(1);
    expect(uitkomst.err).toContain("webpack ontbreekt");
    expect(uitkomst.err).toContain("npm ci");
    expect(uitkomst.err).not.toMatch(TECHNISCH);
  });

  it("says the port is taken and how to find the other server, without starting webpack", async () => {
    const bezet = createServer();
    const port = await luister(bezet);
    const map = werkmap(true);
    try {
      const uitkomst = await start(port, map);
      expect(uitkomst.code).toBe(1);
      expect(uitkomst.err).toContain(`Poort ${port} is al in gebruik door een ander programma`);
      expect(uitkomst.err).toContain(`lsof -i :${port}`);
      expect(uitkomst.err).toContain(`netstat -ano | findstr :${port}`);
      expect(uitkomst.err + uitkomst.out).not.toMatch(TECHNISCH);
      expect(() => readFileSync(map.log)).toThrow();
    } finally {
      bezet.close();
    }
  });

  it("points to the address when LVS Analyse itself already runs on the port", async () => {
    const selfsigned = (await import("selfsigned")) as unknown as {
      generate: (a: unknown, o: unknown) => Promise<{ private: string; cert: string }>;
    };
    const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
      keySize: 2048,
      algorithm: "sha256",
    });
    const lvs = createHttpsServer({ key: pems.private, cert: pems.cert }, (_req, res) =>
      res.end("<html><head><title>LVS Analyse</title></head></html>"),
    );
    const port = await luister(lvs);
    const map = werkmap(true);
    try {
      const uitkomst = await start(port, map);
      expect(uitkomst.code).toBe(0);
      expect(uitkomst.out).toContain(
        `LVS Analyse draait al op deze computer: open https://localhost:${port}/taskpane.html`,
      );
      expect(() => readFileSync(map.log)).toThrow();
    } finally {
      lvs.close();
    }
  });
});
