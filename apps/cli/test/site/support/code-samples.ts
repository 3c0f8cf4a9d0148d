import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export { shownCode } from '../../../../../docs/.vitepress/sample-markers'

/**
 * A ```ts block of a docs page. Its first line says what the tests do with it:
 * - `// @check`: it must compile on its own. Lines above a `// ---cut---` line are compiled but not shown
 *   (the setup a reader already has: models, an orm, a client), as in twoslash.
 * - `// @run`: as `// @check`, and a test also runs it against DynamoDB Local; a ```text block right after it
 *   lists lines its output must hold (the requests it printed).
 * - `// @nocheck: <reason>`: it cannot compile on its own, and the reason says why.
 * The site shows readers neither (`shownCode`, docs/.vitepress/sample-markers.ts).
 */
export interface CodeSample {
  page: string
  /** Line of the page where the compiled code starts. */
  line: number
  code: string
  check: boolean
  /** `// @run`: executed by runnable-samples.test.ts. */
  run: boolean
  /** Lines the output of a `// @run` sample must hold (the ```text block after it). */
  expected: string[]
  /** Why a `@nocheck` sample is not compiled; empty for checked ones and for unmarked ones. */
  reason: string
  marked: boolean
}

export const checkMarker = '// @check'
export const runMarker = '// @run'
export const noCheckMarker = /^\/\/ @nocheck: (\S.*)$/

export function markdownFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'public') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...markdownFiles(path))
    else if (entry.name.endsWith('.md')) out.push(path)
  }
  return out.sort()
}

/** Every ```ts block of the docs, marked or not. */
export function codeSamples(docsDir: string): CodeSample[] {
  const samples: CodeSample[] = []
  for (const file of markdownFiles(docsDir)) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/^```(?:ts|typescript)(?:[ \t][^\n]*)?\n([\s\S]*?)^```$/gm)) {
      const body = match[1] ?? ''
      const [first = '', ...rest] = body.split('\n')
      const page = relative(docsDir, file)
      const reason = noCheckMarker.exec(first)?.[1] ?? ''
      const run = first === runMarker
      const check = run || first === checkMarker
      const marked = check || reason !== ''
      const line = text.slice(0, match.index).split('\n').length + (marked ? 2 : 1)
      const expected = run ? expectedAfter(text, (match.index ?? 0) + match[0].length) : []
      samples.push({
        page,
        line,
        code: marked ? rest.join('\n') : body,
        check,
        run,
        expected,
        reason,
        marked,
      })
    }
  }
  return samples
}

export function checkedSamples(docsDir: string): CodeSample[] {
  return codeSamples(docsDir).filter((sample) => sample.check)
}

/** The non-blank lines of the next fenced block after `at`, when that block is ```text (prose may come between). */
function expectedAfter(text: string, at: number): string[] {
  const next = /^```(\w*)[^\n]*\n([\s\S]*?)^```$/m.exec(text.slice(at))
  if (next?.[1] !== 'text') return []
  return (next[2] ?? '').split('\n').filter((line) => line.trim())
}
