/**
 * `npm start`: builds and serves the add-in over https on 127.0.0.1:3000. On Windows and macOS it
 * also sideloads the add-in into Excel (office-addin-debugging); elsewhere Office cannot be
 * sideloaded from the command line, so it says so. Everywhere it prints the exact address, explains
 * the browser's certificate warning, says when the server is ready, and says plainly when the port
 * is taken instead of leaving that to webpack's English.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { get } from "node:https";
import { createServer } from "node:net";
import { homedir, platform } from "node:os";
import { join } from "node:path";

// The port of package.json's config, which office-addin-debugging reads as well.
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const ADRES = `https://localhost:${PORT}/taskpane.html`;
const CERTIFICATEN = join(homedir(), ".office-addin-dev-certs");
const WINDOWS = process.platform === "win32";
const bin = (name) => join("node_modules", ".bin", WINDOWS ? `${name}.cmd` : name);
// Node runs a .cmd only through the shell (since 20.12); the paths and arguments here hold no spaces.
const SHELL = { shell: WINDOWS };

function ensureDevCertificates() {
  const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => join(CERTIFICATEN, f));
  if (files.every(existsSync)) return true;
  console.log("Ontwikkelcertificaat maken (office-addin-dev-certs)…");
  // It exits 0 even when it cannot trust the certificate, so look at the files, not the exit code.
  spawnSync(bin("office-addin-dev-certs"), ["install"], { stdio: "inherit", ...SHELL });
  return files.every(existsSync);
}

/** True when nothing listens on the port yet. */
function poortVrij(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The taskpane page as the server on the port gives it, or undefined when it gives none. */
function haalTaskpane(port) {
  return new Promise((resolve) => {
    const verzoek = get(
      { host: "127.0.0.1", port, path: "/taskpane.html", rejectUnauthorized: false, timeout: 3000 },
      (antwoord) => {
        let tekst = "";
        antwoord.setEncoding("utf8");
        antwoord.on("data", (stuk) => (tekst += stuk));
        antwoord.on("end", () => resolve(antwoord.statusCode === 200 ? tekst : undefined));
      },
    );
    verzoek.on("timeout", () => verzoek.destroy());
    verzoek.on("error", () => resolve(undefined));
  });
}

async function isLvsAnalyse(port) {
  return (await haalTaskpane(port))?.includes("<title>LVS Analyse</title>") ?? false;
}

function poortBezet(port) {
  return [
    "",
    `Poort ${port} is al in gebruik door een ander programma, dus LVS Analyse kan daar niet starten.`,
    "Meestal is het een andere ontwikkelserver die nog draait. Zo vind je welk programma het is:",
    `  Linux en macOS:  lsof -i :${port}   (of op Linux: ss -ltnp | grep :${port})`,
    `  Windows:         netstat -ano | findstr :${port}   (het laatste getal is het proces-id; zoek het op in Taakbeheer)`,
    "Stop dat programma (Ctrl+C in het venster waar het draait, of sluit het) en start daarna opnieuw met npm start.",
    "",
  ].join("\n");
}

function certificaatUitleg(vertrouwd) {
  return [
    "Over de waarschuwing van je browser:",
    "  De server gebruikt een certificaat dat deze computer zelf heeft gemaakt, niet een van een bekende uitgever.",
    "  Daarom meldt je browser misschien dat de verbinding 'niet privé' of 'niet veilig' is. Hier is dat geen gevaar:",
    "  de verbinding blijft binnen je eigen computer (127.0.0.1) en er gaat niets over internet.",
    "  Kies in de melding 'Geavanceerd' en dan 'Doorgaan naar localhost' (Firefox: 'Risico aanvaarden en doorgaan').",
    vertrouwd
      ? `  Wil je de melding niet meer zien, laat je systeem of browser dan ${join(CERTIFICATEN, "ca.crt")} vertrouwen.`
      : "  Er kon geen eigen certificaat worden gemaakt; de server neemt een tijdelijk, dus de melding komt bij elke start terug.",
  ];
}

function run(command, args) {
  const child = spawn(bin(command), args, { stdio: "inherit", ...SHELL });
  child.on("error", (fout) => {
    console.error(
      fout.code === "ENOENT"
        ? `\n${command} ontbreekt: de onderdelen van LVS Analyse zijn nog niet (volledig) geïnstalleerd. Voer eerst npm ci uit in de map van LVS Analyse.`
        : `\n${command} kon niet starten (systeemcode ${fout.code ?? "onbekend"}). Voer npm ci opnieuw uit en probeer het nog eens.`,
    );
    process.exit(1);
  });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  meldWanneerKlaar(child);
}

/** Webpack's own lines say little to a teacher: one Dutch line once the page is really served. */
function meldWanneerKlaar(child) {
  const kijk = async () => {
    if (child.exitCode !== null) return;
    if ((await haalTaskpane(PORT)) !== undefined)
      console.log(`\nKlaar: LVS Analyse draait. Open ${ADRES}\nStoppen: Ctrl+C.\n`);
    else setTimeout(kijk, 1500).unref();
  };
  setTimeout(kijk, 1500).unref();
}

async function main() {
  const sideload = platform() === "win32" || platform() === "darwin";
  if (!(await poortVrij(PORT))) {
    if (!(await isLvsAnalyse(PORT))) {
      console.error(poortBezet(PORT));
      process.exitCode = 1;
      return;
    }
    console.log(`LVS Analyse draait al op deze computer: open ${ADRES}`);
    // office-addin-debugging uses a server that is already running; on other systems we are done.
    if (!sideload) {
      console.log("Wil je hem opnieuw starten, stop hem dan eerst met Ctrl+C in het venster waar hij draait.");
      return;
    }
  }

  const vertrouwd = ensureDevCertificates();
  console.log(
    [
      "",
      `LVS Analyse wordt gebouwd en gestart${sideload ? " en daarna in Excel geladen" : ""}. Het adres is:`,
      "",
      `  ${ADRES}`,
      "",
      ...(sideload
        ? ["Open dat adres in een browser om LVS Analyse buiten Excel te gebruiken."]
        : [
            "Op dit besturingssysteem kan npm start de invoegtoepassing niet zelf in Excel laden (dat kan alleen op Windows en macOS).",
            "Open het adres in een browser voor de modus buiten Excel: kies daar 'Voorbeeldwerkmap' of open je eigen .xlsx.",
            "Of laad manifest.xml in Excel op het web (Invoegtoepassingen > Mijn invoegtoepassing uploaden).",
          ]),
      ...certificaatUitleg(vertrouwd),
      "Het bouwen duurt even; als de server klaar is, staat hieronder 'Klaar'. Stoppen: Ctrl+C.",
      "",
    ].join("\n"),
  );
  if (sideload) run("office-addin-debugging", ["start", "manifest.xml", "desktop", "--app", "excel"]);
  else run("webpack", ["serve", "--mode", "development", ...(PORT === 3000 ? [] : ["--port", String(PORT)])]);
}

void main();
