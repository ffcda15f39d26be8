import { strFromU8, strToU8, unzipSync } from "fflate";
import JSZip from "jszip";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { platformDeflate, zipParts, type Deflate } from "../../../src/workbook/file/zip-pack";

const delen = {
  "[Content_Types].xml": strToU8(`<?xml version="1.0"?><Types>${"<Override/>".repeat(200)}</Types>`),
  "xl/worksheets/sheet1.xml": strToU8(
    `<worksheet>${Array.from({ length: 2000 }, (_, i) => `<c r="A${i + 1}"><v>${i * 7}</v></c>`).join("")}</worksheet>`,
  ),
  "xl/leeg.xml": new Uint8Array(0),
  "xl/media/é ü.bin": Uint8Array.from({ length: 3000 }, (_, i) => (i * 31) % 256),
};

/** The browser's way, as Chromium and Safari have it; Node has CompressionStream too. */
const stream: Deflate = async (data) =>
  new Uint8Array(
    await new Response(
      new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate-raw")),
    ).arrayBuffer(),
  );

describe("packing the parts of a workbook into a zip", () => {
  afterEach(() => vi.useRealTimers());

  const manieren: [string, Deflate | undefined][] = [
    ["Node's zlib", (d) => deflateRawSync(d)],
    ["a CompressionStream", stream],
    ["fflate alone", undefined],
  ];
  for (const [naam, deflate] of manieren) {
    it(`writes the same bytes at any time of day, as Excel does, with ${naam}`, async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date(2026, 10, 30, 9, 0, 0));
      const ochtend = await zipParts(delen, deflate);
      vi.setSystemTime(new Date(2026, 10, 30, 15, 31, 7));
      expect(await zipParts(delen, deflate)).toEqual(ochtend);
      const jszip = await JSZip.loadAsync(ochtend);
      for (const deel of Object.values(jszip.files)) expect(deel.date.getUTCFullYear()).toBe(1980);
    });

    it(`gives back every part unchanged, compressed, with ${naam}`, async () => {
      const zip = await zipParts(delen, deflate);
      const terug = unzipSync(zip);
      expect(Object.keys(terug).sort()).toEqual(Object.keys(delen).sort());
      for (const [deel, data] of Object.entries(delen)) expect(terug[deel]).toEqual(data);
      expect(zip.length).toBeLessThan(delen["xl/worksheets/sheet1.xml"].length / 3);
      const jszip = await JSZip.loadAsync(zip, { checkCRC32: true });
      expect(strFromU8(await jszip.file("xl/worksheets/sheet1.xml")!.async("uint8array"))).toContain(
        '<c r="A2000"><v>13993</v></c>',
      );
    });
  }

  it("packs a part of several megabytes at a quicker level in Node, and it unpacks to the same bytes", async () => {
    const groot = strToU8(
      Array.from(
        { length: 120_000 },
        (_, i) => `<c r="K${i + 2}" t="str"><f t="shared" si="0"/><v>${i % 7}b</v></c>`,
      ).join(""),
    );
    expect(groot.length).toBeGreaterThan(4_000_000);
    const deflate = platformDeflate()!;
    const ingepakt = await deflate(groot);
    // Compared as buffers: a deep comparison of megabytes element by element takes a minute.
    expect(Buffer.from(ingepakt).equals(deflateRawSync(groot, { level: 2 }))).toBe(true);
    expect(inflateRawSync(ingepakt).equals(groot)).toBe(true);
    expect(await deflate(delen["xl/worksheets/sheet1.xml"])).toEqual(
      deflateRawSync(delen["xl/worksheets/sheet1.xml"], { level: 6 }),
    );
  });

  it("uses Node's own compressor when it runs in Node", async () => {
    const deflate = platformDeflate()!;
    expect(await deflate(delen["xl/worksheets/sheet1.xml"])).toEqual(deflateRawSync(delen["xl/worksheets/sheet1.xml"]));
  });
});
