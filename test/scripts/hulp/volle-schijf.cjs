/*
 * Preloaded (--require) into a script's process by the tests: every file opened inside the folder
 * LVS_VOLLE_MAP takes half of its first write and then fails with ENOSPC, as a full disk does.
 */
const fs = require("node:fs");
const path = require("node:path");
const { syncBuiltinESMExports } = require("node:module");

const map = path.resolve(process.env.LVS_VOLLE_MAP);
const open = new Map();
const { openSync, writeSync, closeSync } = fs;

fs.openSync = function (pad, ...rest) {
  const fd = openSync.call(fs, pad, ...rest);
  if (typeof pad === "string" && path.resolve(pad).startsWith(map + path.sep)) open.set(fd, "leeg");
  return fd;
};

fs.writeSync = function (fd, data, ...rest) {
  const staat = open.get(fd);
  if (staat === undefined || typeof data === "string") return writeSync.call(fs, fd, data, ...rest);
  if (staat === "vol")
    throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
      errno: -28,
      syscall: "write",
    });
  open.set(fd, "vol");
  const offset = rest[0] ?? 0;
  const length = rest[1] ?? data.byteLength - offset;
  return writeSync.call(fs, fd, data, offset, Math.max(1, Math.floor(length / 2)));
};

fs.closeSync = function (fd) {
  open.delete(fd);
  return closeSync.call(fs, fd);
};

syncBuiltinESMExports();
