/**
 * A coloured overview as a spreadsheet engine sees it: the user's cells, the helper formulas the plan
 * writes, the LVS-normen sheet and the school's Normen sheet. For tests that compare what the engine
 * computes with what the core computed.
 */
import type { HyperFormula } from "hyperformula";
import { bladVerwijzing } from "../../../src/core/adres";
import type { CellValue } from "../../../src/core/cell";
import { isLvsError } from "../../../src/core/errors";
import { renderFormula } from "../../../src/core/groep/expressie";
import type { Kleurplan, NormenBlad } from "../../../src/core/groep/kleurplan";
import { OPZOEKBLAD, planOpzoekblad } from "../../../src/core/groep/opzoekblad";
import type { Output } from "../../../src/core/formulas/evaluate";
import { createWorkbookEngine } from "../../harness/hyperformula-lvs";

type EngineCell = string | number | boolean | null;

/** Error cells cannot be typed into the engine: they are formulas that give that error. */
const FOUT_FORMULE: Record<string, string> = {
  "#N/A": "=NA()",
  "#VALUE!": '="#"*1',
  "#DIV/0!": "=1/0",
  "#REF!": "=NA()",
};

export function engineCel(value: CellValue): EngineCell {
  if (value === undefined) return null;
  if (typeof value === "object" && value !== null) return FOUT_FORMULE[value.cellError] ?? "=NA()";
  // Text stays text, as in a cell formatted as text: the engine would read "24%" or " 39 " as numbers.
  if (typeof value === "string" && value !== "") return `'${value}`;
  return value;
}

export interface Vergelijking {
  readonly waar: string;
  readonly engine: unknown;
  readonly core: Output | CellValue;
}

function zelfde(engine: unknown, core: Output | CellValue): boolean {
  const verwacht = isLvsError(core)
    ? core.error
    : typeof core === "object" && core !== null
      ? core.cellError
      : (core ?? "");
  if (typeof verwacht === "number")
    return typeof engine === "number" && Math.abs(engine - verwacht) <= 1e-9 * Math.max(1, Math.abs(verwacht));
  return (engine ?? "") === verwacht;
}

/** The coloured sheet in an engine: the user's cells with the plan's formulas beside them. */
export function inEngine(
  blad: string,
  cellen: readonly (readonly CellValue[])[],
  plan: Kleurplan,
  normen?: NormenBlad,
): HyperFormula {
  const groep: EngineCell[][] = cellen.map((r) => Array.from(r, engineCel));
  for (const kolom of plan.hulpkolommen) {
    for (const c of kolom.cellen) (groep[c.rij] ??= [])[kolom.kolom] = renderFormula(c.expr);
  }
  const opzoek = planOpzoekblad(normen);
  const sheets: Record<string, EngineCell[][]> = {
    [blad]: groep.map((r) => Array.from(r, (v) => v ?? null)),
    [OPZOEKBLAD]: opzoek.cellen.map((r) => r.map((c) => (c ? (c.formule ?? engineCel(c.waarde)) : null))),
  };
  if (normen) sheets[normen.blad] = normen.cellen.map((r) => Array.from(r, engineCel));
  return createWorkbookEngine(sheets);
}

/** What the engine shows in a cell: its value, or the error's code. */
export function getoond(engine: HyperFormula, sheet: number, row: number, col: number): unknown {
  const v = engine.getCellValue({ sheet, row, col });
  return typeof v === "object" && v !== null && "value" in v ? (v as { value: unknown }).value : v;
}

/** Every helper cell and every LVS-normen cell where the engine and the core disagree. */
export function verschillen(
  blad: string,
  cellen: readonly (readonly CellValue[])[],
  plan: Kleurplan,
  normen?: NormenBlad,
): Vergelijking[] {
  const engine = inEngine(blad, cellen, plan, normen);
  const opzoek = planOpzoekblad(normen);
  const bladId = engine.getSheetId(blad)!;
  const opzoekId = engine.getSheetId(OPZOEKBLAD)!;
  const uit: Vergelijking[] = [];
  for (const kolom of plan.hulpkolommen) {
    for (const c of kolom.cellen) {
      const e = getoond(engine, bladId, c.rij, kolom.kolom);
      if (!zelfde(e, c.waarde))
        uit.push({
          waar: `${bladVerwijzing(blad)}!${kolom.kop} rij ${c.rij + 1}: ${renderFormula(c.expr)}`,
          engine: e,
          core: c.waarde,
        });
    }
  }
  opzoek.cellen.forEach((rij, r) =>
    rij.forEach((c, k) => {
      if (!c?.formule) return;
      const e = getoond(engine, opzoekId, r, k);
      if (!zelfde(e, c.waarde))
        uit.push({ waar: `${OPZOEKBLAD} ${r + 1}:${k + 1} ${c.formule}`, engine: e, core: c.waarde });
    }),
  );
  return uit;
}
