/**
 * Everything of the user's in a workbook, cell by cell: value, formula, style and merges, plus the
 * conditional formats that are not ours. Two snapshots that are equal mean nothing the user typed
 * or formatted has changed.
 */
import ExcelJS from "exceljs";

export interface Snapshot {
  readonly cells: Record<string, string>;
  readonly rules: Record<string, string>;
  readonly sheets: readonly string[];
}

export async function snapshot(data: Uint8Array, onlyCellsOf?: Snapshot): Promise<Snapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const cells: Record<string, string> = {};
  const rules: Record<string, string> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const key = `${ws.name}!${cell.address}`;
        if (onlyCellsOf && !(key in onlyCellsOf.cells)) return;
        cells[key] = JSON.stringify({
          value: cell.value,
          type: cell.type,
          style: cell.style,
          master: cell.master?.address,
        });
      }),
    );
    const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: unknown[] }[] }[] })
      .conditionalFormattings;
    formats.forEach((cf, i) => {
      const own = cf.rules.filter((r) => !(r.formulae ?? []).some((f) => String(f).includes("LVS Analyse")));
      if (own.length > 0) rules[`${ws.name}#${i}`] = JSON.stringify({ ref: cf.ref, rules: own });
    });
  }
  return { cells, rules, sheets: wb.worksheets.map((s) => s.name) };
}
