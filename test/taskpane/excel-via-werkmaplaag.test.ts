/**
 * The taskpane reaches Excel only through the workbook layer: ESLint refuses Excel.run in
 * src/taskpane, and the one thing the pane asked Excel itself (the active sheet) is the adapter's.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { excelMock } from "../workbook/office/excel-mock";

const root = path.resolve(__dirname, "../..");
const CODE = "export const naam = () => Excel.run(async (context) => context.sync());\n";

async function meldingen(bestand: string): Promise<string[]> {
  const [uitslag] = await new ESLint({ cwd: root }).lintText(CODE, { filePath: path.join(root, bestand) });
  return uitslag!.messages.map((m) => m.ruleId ?? m.message);
}

describe("Excel in the taskpane", () => {
  it("is refused by the linter when a taskpane file calls Excel.run", async () => {
    expect(await meldingen("src/taskpane/nieuw-paneel.ts")).toContain("no-restricted-properties");
  });

  it("is allowed in the Office adapter of the workbook layer", async () => {
    expect(await meldingen("src/workbook/office/nieuw.ts")).not.toContain("no-restricted-properties");
  });

  it("gives the active sheet's name through the Office adapter", async () => {
    const mock = excelMock({ "Groep 5": [["Naam"]], Andere: [["x"]] });
    expect(await new OfficeWorkbook(mock.run).actiefBlad()).toBe("Groep 5");
  });
});
