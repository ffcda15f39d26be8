/** Round trips to Excel (context.sync) to colour a group of 30 and of 3,000, through the mocked Office adapter. */
import { kleurGroep } from "../../src/workbook/kleuring";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { excelMock } from "../../test/workbook/office/excel-mock";
import { meld } from "./meten";

function groep(leerlingen: number): unknown[][] {
  const rows: unknown[][] = [["Naam", "Groep", "Rekenen 5a", "Rekenen 5b", "Lezen 5a", "Lezen 5b", "Taalverzorging 5a", "Taalverzorging 5b"]];
  for (let i = 0; i < leerlingen; i++) rows.push([`Leerling ${i + 1}`, 5, 36 + (i % 8), 44 + (i % 8), 37 + (i % 7), 45 + (i % 7), 38, 46]);
  return rows;
}

async function syncs(leerlingen: number): Promise<number> {
  const excel = excelMock({ "Groep 5": groep(leerlingen) });
  let n = 0;
  const sync = excel.context.sync.bind(excel.context);
  excel.context.sync = () => {
    n++;
    return sync();
  };
  const r = await kleurGroep(new OfficeWorkbook(excel.run), { blad: "Groep 5", norm: "2F/1S" });
  if (r.status !== "klaar") throw new Error(`kleuren mislukt: ${r.status}`);
  return n;
}

void (async () => meld({ "colour.syncs.30": await syncs(30), "colour.syncs.3000": await syncs(3000) }))();
