/**
 * Round trips to Excel (context.sync) to colour a group of 30 and of 3,000, through the mocked Office
 * adapter, and the conditional-format rules the colouring leaves on the sheet (Excel slows down with many).
 */
import { kleurGroep } from "../../src/workbook/kleuring";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { excelMock, groepRijen } from "../../test/workbook/office/excel-mock";
import { meld } from "./meten";

async function kleur(leerlingen: number): Promise<{ syncs: number; regels: number }> {
  const excel = excelMock({ "Groep 5": groepRijen(leerlingen) });
  let n = 0;
  const sync = excel.context.sync.bind(excel.context);
  excel.context.sync = () => {
    n++;
    return sync();
  };
  const r = await kleurGroep(new OfficeWorkbook(excel.run), { blad: "Groep 5", norm: "2F/1S" });
  if (r.status !== "klaar") throw new Error(`kleuren mislukt: ${r.status}`);
  return { syncs: n, regels: excel.recorded.rules.filter((regel) => regel.sheet === "Groep 5").length };
}

void (async () => {
  const klein = await kleur(30);
  const groot = await kleur(3000);
  meld({ "colour.syncs.30": klein.syncs, "colour.syncs.3000": groot.syncs, "colour.cf_rules_per_sheet": Math.max(klein.regels, groot.regels) });
})();
