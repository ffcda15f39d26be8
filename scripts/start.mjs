/**
 * `npm start`: builds and serves the add-in over https on 127.0.0.1:3000. On Windows and macOS it
 * also sideloads the add-in into Excel (office-addin-debugging); elsewhere Office cannot be
 * sideloaded from the command line, so it says so and prints the address to open.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir, platform } from "node:os";
import { join } from "node:path";

const URL = "https://localhost:3000/taskpane.html";
const bin = (name) => join("node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function ensureDevCertificates() {
  const dir = join(homedir(), ".office-addin-dev-certs");
  const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => join(dir, f));
  if (files.every(existsSync)) return true;
  console.log("Ontwikkelcertificaat maken (office-addin-dev-certs)…");
  // It exits 0 even when it cannot trust the certificate, so look at the files, not the exit code.
  spawnSync(bin("office-addin-dev-certs"), ["install"], { stdio: "inherit" });
  return files.every(existsSync);
}

function run(command, args) {
  const child = spawn(bin(command), args, { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

const certificates = ensureDevCertificates();
if (!certificates) {
  console.log("Geen vertrouwd certificaat gevonden; de server gebruikt een tijdelijk certificaat. Je browser vraagt dan om een uitzondering.");
}

if (platform() === "win32" || platform() === "darwin") {
  console.log("LVS Analyse wordt gebouwd, gestart en in Excel geladen…");
  run("office-addin-debugging", ["start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log(
    [
      "",
      "Op dit besturingssysteem kan npm start de invoegtoepassing niet zelf in Excel laden (dat kan alleen op Windows en macOS).",
      `De invoegtoepassing draait zo op ${URL} (ook bereikbaar als https://127.0.0.1:3000/taskpane.html).`,
      "Open dat adres in een browser voor de modus buiten Excel: kies daar 'Voorbeeldwerkmap' of open je eigen .xlsx.",
      "Of laad manifest.xml in Excel op het web (Invoegtoepassingen > Mijn invoegtoepassing uploaden).",
      "Stoppen: Ctrl+C.",
      "",
    ].join("\n"),
  );
  run("webpack", ["serve", "--mode", "development"]);
}
