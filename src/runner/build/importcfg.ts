/** importcfg files: how compile and link find each package's archive. */

/** Where the toolchain worker keeps std archives in the in-memory file system. */
export const PKG_ROOT = '/go/pkg';

/** The in-memory path of a std archive. */
export function archivePath(importPath: string): string {
  return `${PKG_ROOT}/${importPath}.a`;
}

/**
 * Writes an importcfg mapping import paths to archive files, sorted by import
 * path. `modinfo` (link only) is what `go build` embeds for
 * runtime/debug.ReadBuildInfo.
 */
export function importcfg(archives: Record<string, string>, modinfo?: string): string {
  const lines = ['# import config'];
  for (const path of Object.keys(archives).sort()) lines.push(`packagefile ${path}=${archives[path]}`);
  if (modinfo !== undefined) lines.push(`modinfo ${goQuote(modinfo)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The build information `go build` records in a main package, wrapped in the
 * 16-byte sentinels runtime/debug looks for.
 */
export function modinfo(opts: { mainPath: string; modulePath: string }): string {
  // The sentinels from cmd/go/internal/modload (infoStart, infoEnd), one char per byte.
  const bytes = (hex: string) => hex.replace(/../g, (h) => String.fromCharCode(Number.parseInt(h, 16)));
  const start = bytes('3077af0c9274080241e1c107e6d618e6');
  const end = bytes('f932433186182072008242104116d8f2');
  const info = [
    `path\t${opts.mainPath}`,
    `mod\t${opts.modulePath}\t(devel)\t`,
    'build\t-buildmode=exe',
    'build\t-compiler=gc',
    'build\t-trimpath=true',
    'build\tCGO_ENABLED=0',
    'build\tGOARCH=wasm',
    'build\tGOOS=js',
    '',
  ].join('\n');
  return `${start}${info}${end}`;
}

/**
 * Quotes a byte string (one char per byte) the way Go's %q does for bytes, so
 * the linker's strconv.Unquote gives the same bytes back. JSON escapes would
 * turn \xaf into the two UTF-8 bytes of U+00AF.
 */
export function goQuote(bytes: string): string {
  let out = '"';
  for (const ch of bytes) {
    const c = ch.charCodeAt(0);
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}
