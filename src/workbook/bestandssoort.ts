/**
 * Tells from a file's first bytes whether it can be an Excel workbook, and if not, what it is and
 * what to do. The browser and the command line both ask this before the file adapter reads a
 * byte, so a csv, a pdf, an old .xls or a password-protected workbook gets a plain Dutch answer
 * instead of the zip library's English. Pure: no Office, no DOM, no Node.
 *
 * It refuses only what it recognises as something else; any zip it cannot place goes on to the
 * reader, which knows more workbook spellings than a check on names could.
 */

export type Bestandssoort =
  | { readonly werkmap: true }
  | {
      readonly werkmap: false;
      /** A clause without capital, final stop or parentheses, so callers can put it in their own sentence or brackets. */
      readonly reden: string;
    };

const OPSLAAN_ALS = "open het in Excel of LibreOffice en sla het op als Excel-werkmap, .xlsx";

export function herkenBestand(bytes: Uint8Array, naam: string): Bestandssoort {
  const nee = (reden: string): Bestandssoort => ({ werkmap: false, reden });
  if (bytes.length === 0) return nee("het bestand is leeg; kies het bestand opnieuw of exporteer het nog een keer");
  if (begintMet(bytes, [0x50, 0x4b, 0x03, 0x04]) || begintMet(bytes, [0x50, 0x4b, 0x05, 0x06])) return herkenZip(bytes);
  if (begintMet(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return herkenOudFormaat(bytes);
  if (begintMet(bytes, ascii("%PDF"))) {
    return nee(
      "het is een pdf, geen werkmap; exporteer de gegevens uit je leerlingvolgsysteem als Excel-bestand, .xlsx, in plaats van als pdf",
    );
  }
  const begin = tekst(bytes.subarray(0, 4096)).trimStart().toLowerCase();
  if (begin.startsWith("<")) {
    return nee(`het is een webpagina of XML-bestand met een Excel-achtige naam, geen echte werkmap; ${OPSLAAN_ALS}`);
  }
  if (isTekst(bytes.subarray(0, 4096))) {
    if (/\.(csv|tsv)$/i.test(naam) || lijktCsv(begin)) {
      return nee(`het is een csv-bestand met gewone tekst, geen werkmap; ${OPSLAAN_ALS}`);
    }
    return nee("het is een tekstbestand, geen werkmap; kies het .xlsx-bestand met je overzicht");
  }
  return nee(`het is geen Excel-werkmap; ${OPSLAAN_ALS}`);
}

function herkenZip(bytes: Uint8Array): Bestandssoort {
  const namen = zipNamen(bytes);
  // A file list we cannot read: the reader will say more than we can.
  if (!namen) return { werkmap: true };
  const heeft = (naam: string) => namen.some((n) => n.toLowerCase() === naam);
  const nee = (reden: string): Bestandssoort => ({ werkmap: false, reden });
  if (heeft("xl/workbook.bin")) {
    return nee(
      "het is een binaire Excel-werkmap in .xlsb-formaat; open het in Excel en sla het op als Excel-werkmap, .xlsx",
    );
  }
  if (heeft("mimetype") && namen.some((n) => n.toLowerCase() === "content.xml")) {
    return nee(
      "het is een OpenDocument-bestand, zoals .ods; open het in LibreOffice en sla het op als Excel 2007-365, .xlsx",
    );
  }
  if (heeft("word/document.xml"))
    return nee("het is een Word-document, geen werkmap; kies het .xlsx-bestand met je overzicht");
  if (heeft("ppt/presentation.xml"))
    return nee("het is een PowerPoint-presentatie, geen werkmap; kies het .xlsx-bestand met je overzicht");
  if (!heeft("[content_types].xml")) {
    return nee("het is een zip-bestand, geen werkmap; pak het eerst uit en kies dan het .xlsx-bestand dat erin zit");
  }
  return { werkmap: true };
}

/** Entry names from the zip's central directory, or undefined where it cannot be found. */
function zipNamen(bytes: Uint8Array): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  const ondergrens = Math.max(0, bytes.length - 22 - 0xffff);
  let eind = -1;
  for (let i = bytes.length - 22; i >= ondergrens; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eind = i;
      break;
    }
  }
  if (eind < 0) return undefined;
  const aantal = view.getUint16(eind + 10, true);
  let positie = view.getUint32(eind + 16, true);
  const namen: string[] = [];
  for (let n = 0; n < aantal; n++) {
    if (positie + 46 > bytes.length || view.getUint32(positie, true) !== 0x02014b50) return undefined;
    const naamLengte = view.getUint16(positie + 28, true);
    const extra = view.getUint16(positie + 30, true);
    const commentaar = view.getUint16(positie + 32, true);
    namen.push(tekst(bytes.subarray(positie + 46, positie + 46 + naamLengte)));
    positie += 46 + naamLengte + extra + commentaar;
  }
  return namen;
}

/**
 * The old compound file format holds both Excel 97-2003 workbooks and, since Excel 2007, every
 * workbook protected with a password to open (the encrypted package inside such a container).
 */
function herkenOudFormaat(bytes: Uint8Array): Bestandssoort {
  if (bevatUtf16(bytes, "EncryptedPackage") || bevatUtf16(bytes, "EncryptionInfo")) {
    return {
      werkmap: false,
      reden:
        "de werkmap is beveiligd met een wachtwoord; open hem in Excel, maak bij Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord het wachtwoord leeg, sla hem op en probeer het opnieuw",
    };
  }
  if (bevatUtf16(bytes, "WordDocument"))
    return {
      werkmap: false,
      reden: "het is een oud Word-document, geen werkmap; kies het .xlsx-bestand met je overzicht",
    };
  return {
    werkmap: false,
    reden:
      "het is een oud Excel-bestand in .xls-formaat, van Excel 97-2003; open het in Excel en sla het op als Excel-werkmap, .xlsx",
  };
}

/** Columns: every one of the first lines holds the same number of one separator. */
function lijktCsv(begin: string): boolean {
  const regels = begin
    .split(/\r?\n/)
    .filter((r) => r.trim() !== "")
    .slice(0, 5);
  return [";", ",", "\t"].some((teken) => {
    const aantallen = regels.map((r) => r.split(teken).length - 1);
    const eerste = aantallen[0] ?? 0;
    return eerste > 0 && (regels.length >= 2 ? aantallen.every((n) => n === eerste) : eerste >= 2);
  });
}

function begintMet(bytes: Uint8Array, kop: readonly number[]): boolean {
  return bytes.length >= kop.length && kop.every((b, i) => bytes[i] === b);
}

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

function tekst(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

/** Text has no NUL bytes and few control characters; a binary file has plenty of both. */
function isTekst(bytes: Uint8Array): boolean {
  let vreemd = 0;
  for (const b of bytes) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) vreemd++;
  }
  return vreemd <= bytes.length / 100;
}

function bevatUtf16(bytes: Uint8Array, woord: string): boolean {
  const patroon = Array.from(woord).flatMap((c) => [c.charCodeAt(0), 0]);
  const eerste = patroon[0]!;
  for (let i = bytes.indexOf(eerste); i >= 0 && i <= bytes.length - patroon.length; i = bytes.indexOf(eerste, i + 1)) {
    if (patroon.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}
