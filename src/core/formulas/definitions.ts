/**
 * The LVS functions as data: name, parameters with their kinds, and the core function they run.
 * The Excel wrappers (src/functions) and the spreadsheet engine of the tests both evaluate these.
 */
import type { CellValue } from "../cell";
import { fout, isLvsError } from "../errors";
import { kleur } from "../kleur";
import { leergroei } from "../leergroei";
import { leerrendement, leerrendementSignaal } from "../leerrendement";
import { niveau, passendeToets } from "../niveau";
import { readNorm } from "../norm";
import { normlijn } from "../normlijn";
import {
  citoSignalering,
  isCitoNorm,
  readSignaleringsnorm,
  signalering1F,
  signalering2F1S,
  usesGewogen,
} from "../signalering";
import { read } from "./arguments";
import { defineFormula, type FormulaDefinition, type Output } from "./evaluate";

export const NIVEAU = defineFormula({
  name: "NIVEAU",
  parameters: [
    { naam: "ontwikkelscore", kind: "nietNegatief" },
    { naam: "toets", kind: "toets" },
  ],
  run: ([ontwikkelscore, toets]) => niveau(ontwikkelscore, toets),
});

export const LEERGROEI = defineFormula({
  name: "LEERGROEI",
  parameters: [
    { naam: "vorige_score", kind: "nietNegatief" },
    { naam: "huidige_score", kind: "nietNegatief" },
    { naam: "vorig_moment", kind: "moment" },
    { naam: "huidig_moment", kind: "moment" },
    { naam: "verwachte_groei", kind: "getal", optional: true },
  ],
  run: ([vorigeScore, huidigeScore, vorigMoment, huidigMoment, verwachte]) =>
    leergroei(
      verwachte === undefined
        ? { vorigeScore, huidigeScore, vorigMoment, huidigMoment }
        : { vorigeScore, huidigeScore, vorigMoment, huidigMoment, verwachteGroei: verwachte },
    ),
});

export const NORMLIJN = defineFormula({
  name: "NORMLIJN",
  parameters: [
    { naam: "norm", kind: "tekst" },
    { naam: "moment", kind: "moment" },
    { naam: "normtabel", kind: "normtabel", optional: true },
  ],
  run: ([norm, moment, tabel]) => normlijn(readNorm(norm), moment, tabel),
});

export const LEERRENDEMENT = defineFormula({
  name: "LEERRENDEMENT",
  parameters: [
    { naam: "dle", kind: "nietNegatief" },
    { naam: "dl", kind: "nietNegatief" },
  ],
  run: ([dle, dl]) => leerrendement(dle, dl),
});

/** Reads `waarde`, `moment` and `extra` by the rules of the norm they belong to. */
function signalering(waarde: CellValue, normText: string, moment: CellValue, extra: CellValue): Output {
  const norm = readSignaleringsnorm(normText);
  if (norm === undefined) return fout("unknownSignaleringsnorm", { waarde: normText });
  if (isCitoNorm(norm)) {
    const gemiddelde = read("getal", waarde, "waarde");
    if (isLvsError(gemiddelde)) return gemiddelde;
    if (moment === undefined) return fout("needsCitoMoment", { norm });
    const citoMoment = read("citoMoment", moment, "moment");
    if (isLvsError(citoMoment)) return citoMoment;
    // Only BL and RW split on gewogen leerlingen; DMT and spelling ignore the fourth argument.
    const gewogen = usesGewogen(norm) && extra !== undefined ? read("aandeel", extra, "gewogen leerlingen") : undefined;
    if (isLvsError(gewogen)) return gewogen;
    return citoSignalering(norm, gemiddelde, citoMoment, gewogen);
  }
  if (norm === "LR") {
    const lr = read("leerrendement", waarde, "leerrendement");
    if (isLvsError(lr)) return lr;
    const doublure = extra === undefined ? false : read("waarOnwaar", extra, "doublure");
    if (isLvsError(doublure)) return doublure;
    return leerrendementSignaal(lr, doublure);
  }
  const aandeel = read("aandeel", waarde, `aandeel ${norm}`);
  if (isLvsError(aandeel)) return aandeel;
  if (norm === "1F") return signalering1F(aandeel);
  const waardeSchool = extra === undefined ? undefined : read("aandeel", extra, "signaleringswaarde");
  if (isLvsError(waardeSchool)) return waardeSchool;
  return signalering2F1S(aandeel, waardeSchool);
}

export const SIGNALERING = defineFormula({
  name: "SIGNALERING",
  parameters: [
    { naam: "waarde", kind: "ruw" },
    { naam: "norm", kind: "tekst" },
    { naam: "moment", kind: "ruw", optional: true },
    { naam: "extra", kind: "ruw", optional: true },
  ],
  run: ([waarde, norm, moment, extra]) => signalering(waarde, norm, moment, extra),
});

export const PASSENDETOETS = defineFormula({
  name: "PASSENDETOETS",
  parameters: [
    { naam: "waarde", kind: "ruw" },
    { naam: "toets", kind: "toets" },
  ],
  run: ([waarde, toets]) => {
    // For 3a–6b the ontwikkelscore decides, for reference-level toetsen the share correct.
    const read_ =
      toets.soort === "halfjaar"
        ? read("nietNegatief", waarde, "ontwikkelscore")
        : read("aandeel", waarde, "percentage goed");
    return isLvsError(read_) ? read_ : passendeToets(read_, toets);
  },
});

export const KLEUR = defineFormula({
  name: "KLEUR",
  parameters: [
    { naam: "ontwikkelscore", kind: "nietNegatief" },
    { naam: "normwaarde", kind: "getal", optional: true },
    { naam: "leergroei", kind: "getal", optional: true },
  ],
  run: ([ontwikkelscore, normwaarde, leergroei]) => kleur({ ontwikkelscore, normwaarde, leergroei }),
});

export const FORMULAS: readonly FormulaDefinition[] = [
  NIVEAU,
  LEERGROEI,
  NORMLIJN,
  LEERRENDEMENT,
  SIGNALERING,
  PASSENDETOETS,
  KLEUR,
];
