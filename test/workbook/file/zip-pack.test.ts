import { strFromU8, strToU8, unzipSync } from "fflate";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { zipParts } from "../../../src/workbook/file/zip-pack";

const delen = {
  "[Content_Types].xml": strToU8(`<?xml version="1.0"?><Types>${"<Override/>".repeat(200)}</Types>`),
  "xl/worksheets/sheet1.xml": strToU8(`<worksheet>${Array.from({ length: 2000 }, (_, i) => `<c r="A${i + 1}"><v>${i * 7}</v></c>`).join("")}</worksheet>`),
  "xl/leeg.xml": new Uint8Array(0),
  "xl/media/é ü.bin": Uint8Array.from({ length: 3000 }, (_, i) => (i * 31) % 256),
};

describe("packing the parts of a workbook into a zip", () => {
  for (const native of [true, false]) {
    it(`gives back every part unchanged, compressed (${native ? "by the platform" : "by fflate"})`, async () => {
      const zip = await zipParts(delen, native);
      const terug = unzipSync(zip);
      expect(Object.keys(terug).sort()).toEqual(Object.keys(delen).sort());
      for (const [naam, data] of Object.entries(delen)) expect(terug[naam]).toEqual(data);
      expect(zip.length).toBeLessThan(delen["xl/worksheets/sheet1.xml"].length / 3);
    });
  }

  it("makes a zip another library reads, with correct checksums", async () => {
    const zip = await JSZip.loadAsync(await zipParts(delen, true), { checkCRC32: true });
    expect(strFromU8(await zip.file("xl/worksheets/sheet1.xml")!.async("uint8array"))).toContain('<c r="A2000"><v>13993</v></c>');
  });
});
