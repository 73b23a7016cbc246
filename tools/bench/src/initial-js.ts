import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a browser loads before the app starts: the entry `<script>` tags and the chunks the page
 * preloads, and every chunk those import statically (lazy routes are `import()`ed and not counted).
 * Relative file names, in the order found.
 */
export function initialScripts(indexHtml: string, readScript: (file: string) => string | null): string[] {
  const found: string[] = [];
  const add = (file: string) => {
    const name = file.replace(/^\.?\//, '');
    if (!name.endsWith('.js') || /^[a-z]+:/i.test(name) || found.includes(name)) return;
    found.push(name);
  };
  for (const match of indexHtml.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(match[1]);
  for (const match of indexHtml.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) {
    add(match[1]);
  }
  for (let index = 0; index < found.length; index++) {
    const source = readScript(found[index]) ?? '';
    // Static imports: `import"./a.js"`, `import{x}from"./b.js"`, `export*from"./c.js"` (not `import("./d.js")`).
    for (const match of source.matchAll(/(?:\bimport|\bfrom)\s*["'](\.\/[^"']+\.js)["']/g)) add(match[1]);
  }
  return found;
}

/** Bytes gzipped at the level web servers use by default (6), as sent over the wire. */
export function gzippedBytes(content: string | Buffer): number {
  return gzipSync(content, { level: 6 }).length;
}
