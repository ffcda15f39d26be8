/**
 * Packs the parts of an .xlsx into a zip, deflating them with the fastest compressor the platform
 * has: Node's own zlib (the command-line tools), else the browser's CompressionStream (the taskpane
 * outside Excel), else fflate in JavaScript. On a whole school's workbook the native ones are two
 * to three times quicker than JavaScript, and the file is the same size or smaller.
 */
import { Zip, ZipPassThrough, zipSync } from "fflate";

type Parts = Record<string, Uint8Array>;

/**
 * Every entry's time, as Excel writes it: the first day a zip can hold. Without it each entry gets
 * the time of writing, so the same workbook written twice (a download, then a check) differs.
 */
const ZIP_TIJD = new Date(1980, 0, 1);

/** Raw DEFLATE (no zlib or gzip header), as zip entries hold it. */
export type Deflate = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** A part deflated beforehand: fflate computes size and CRC over the original, and writes ours. */
class Deflated extends ZipPassThrough {
  constructor(
    name: string,
    private readonly deflated: Uint8Array,
  ) {
    super(name);
    this.compression = 8;
    this.mtime = ZIP_TIJD;
  }

  override process(_original: Uint8Array, final: boolean): void {
    this.ondata!(null, this.deflated, final);
  }
}

interface NodeZlib {
  deflateRawSync(data: Uint8Array, options: { level: number }): Uint8Array;
}

/**
 * The compression level for a part of this many bytes, where Node's zlib packs (the command-line
 * tools; the browser's CompressionStream has no levels). A sheet of tens of megabytes (a whole
 * school's export) is packed at level 2: three times quicker than zlib's usual 6, for a file a
 * third larger. Smaller parts, which take no noticeable time, stay as compact as usual.
 */
export function niveauVoor(bytes: number): number {
  return bytes > 4_000_000 ? 2 : 6;
}

/** Node's zlib, asked of Node itself at run time so that the browser bundle never refers to it. */
function nodeDeflate(): Deflate | undefined {
  const proces = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = proces?.getBuiltinModule?.("node:zlib") as NodeZlib | undefined;
  return zlib ? (data) => zlib.deflateRawSync(data, { level: niveauVoor(data.length) }) : undefined;
}

function streamDeflate(): Deflate | undefined {
  try {
    if (typeof CompressionStream !== "function" || typeof Response !== "function") return undefined;
    new CompressionStream("deflate-raw"); // an engine may know the stream but not this format
  } catch {
    return undefined;
  }
  return async (data) => {
    const stream = new Blob([data as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new CompressionStream("deflate-raw"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  };
}

/** The platform's native compressor, or undefined where only fflate can do it. */
export function platformDeflate(): Deflate | undefined {
  return nodeDeflate() ?? streamDeflate();
}

export async function zipParts(parts: Parts, deflate: Deflate | undefined = platformDeflate()): Promise<Uint8Array> {
  if (!deflate) return zipSync(parts, { level: 6, mtime: ZIP_TIJD });
  const names = Object.keys(parts);
  const deflated = await Promise.all(names.map((name) => deflate(parts[name]!)));
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  names.forEach((name, i) => {
    const part = new Deflated(name, deflated[i]!);
    zip.add(part);
    part.push(parts[name]!, true);
  });
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
