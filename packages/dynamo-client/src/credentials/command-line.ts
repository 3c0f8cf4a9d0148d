/**
 * Splits a `credential_process` value into argv the way the AWS CLI does (botocore uses Python's
 * `shlex.split` on POSIX): whitespace separates words, single quotes are literal, double quotes allow
 * `\"`, `\\`, `\$` and `` \` ``, a backslash outside quotes escapes the next character. No variable,
 * glob or tilde expansion and no shell, so nothing in the value is ever interpreted by a shell.
 * On Windows only double quotes group (`"C:\Program Files\tool.exe" --json`); backslashes are literal.
 * Returns undefined for an unterminated quote or an empty command.
 */
export function splitCommandLine(text: string, windows = false): string[] | undefined {
  const words: string[] = []
  let word = ''
  let inWord = false
  let quote: '"' | "'" | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (quote === "'") {
      if (c === "'") quote = undefined
      else word += c
    } else if (quote === '"') {
      if (c === '"') quote = undefined
      else if (c === '\\' && !windows && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1] as string)) {
        i += 1
        if (text[i] !== '\n') word += text[i]
      } else word += c
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else {
      inWord = true
      if (c === '"' || (c === "'" && !windows)) quote = c
      else if (c === '\\' && !windows && i + 1 < text.length) {
        i += 1
        if (text[i] !== '\n') word += text[i]
      } else word += c
    }
  }
  if (quote !== undefined) return undefined
  if (inWord) words.push(word)
  return words.length > 0 ? words : undefined
}
