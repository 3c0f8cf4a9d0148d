/** Where a command prints: data as stable JSON with `--json`, human lines otherwise. */
export interface Output {
  readonly json: boolean
  /** A human line (suppressed in --json mode, where only the data is printed). */
  line(text: string): void
  /** The command's result: JSON on stdout in --json mode, else rendered by `human`. */
  data(value: unknown, human?: (value: unknown) => string): void
  /** A warning on stderr (never mixed into --json stdout). */
  warn(text: string): void
}

export function createOutput(json: boolean, write = (s: string) => process.stdout.write(s)): Output {
  return {
    json,
    line(text) {
      if (!json) write(`${text}\n`)
    },
    data(value, human) {
      if (json) write(`${JSON.stringify(value, jsonReplacer, 2)}\n`)
      else write(`${human ? human(value) : JSON.stringify(value, jsonReplacer, 2)}\n`)
    },
    warn(text) {
      process.stderr.write(`warning: ${text}\n`)
    },
  }
}

/** Sets print as sorted arrays, binary as base64, bigint-like numbers as text: JSON cannot hold them else. */
export function jsonReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Set) return [...value].sort()
  if (value instanceof Uint8Array) return { $binary: Buffer.from(value).toString('base64') }
  if (typeof value === 'bigint') return value.toString()
  return value
}

/** A plain text table with a header row; columns padded to their widest cell. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const fmt = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n')
}
