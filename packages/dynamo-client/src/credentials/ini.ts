/** Sections of an INI file as written by the AWS CLI: `[name]`, `key = value`, `#`/`;` comments. */
export type IniSections = Map<string, Map<string, string>>

export function parseIni(text: string): IniSections {
  const sections: IniSections = new Map()
  let current: Map<string, string> | undefined
  let lastKey: string | undefined
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s*[#;].*$/, '')
    if (!line.trim()) continue
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line)
    if (header?.[1]) {
      const name = header[1].trim()
      current = sections.get(name) ?? new Map()
      sections.set(name, current)
      lastKey = undefined
      continue
    }
    // Indented lines continue a nested block (e.g. `s3 =\n  max_concurrent_requests = 10`); we skip those.
    if (/^\s/.test(line) && lastKey !== undefined) continue
    const eq = line.indexOf('=')
    if (!current || eq < 0) continue
    lastKey = line.slice(0, eq).trim().toLowerCase()
    current.set(lastKey, line.slice(eq + 1).trim())
  }
  return sections
}
