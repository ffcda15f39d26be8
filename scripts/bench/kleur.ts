/** Round trips to Excel (context.sync) to colour a group of 30 and of 3,000, through the mocked Office adapter. */
import { kleurGroep } from "../../src/workbook/kleuring";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { excelMock, groepRijen } from "../../test/workbook/office/excel-mock";
import { meld } from "./meten";

async function syncs(leerlingen: number): Promise<number> {
  const excel = excelMock({ "Groep 5": groepRijen(leerlingen) });
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
