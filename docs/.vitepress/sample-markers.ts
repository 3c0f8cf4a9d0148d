/**
 * A ```ts sample's first line tells the docs tests what to do with it: `// @check` (compile it), `// @run`
 * (compile and run it) or `// @nocheck: <reason>`. A checked one may start with the setup a reader already has (models, an ORM),
 * above a `// ---cut---` line, as in twoslash. Readers see neither (apps/cli/test/site/code-samples.test.ts).
 */
export const cutMarker = '// ---cut---\n'

/** What a reader sees of a block: the marker line and any hidden setup above `// ---cut---` removed. */
export function shownCode(body: string): string {
  const unmarked = body.replace(/^\/\/ @(?:check|run|nocheck: [^\n]*)\n/, '')
  const cut = unmarked.indexOf(cutMarker)
  return cut === -1 ? unmarked : unmarked.slice(cut + cutMarker.length)
}
