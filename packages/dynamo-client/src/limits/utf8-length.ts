const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer

/**
 * UTF-8 byte length without encoding (ASCII strings, the common case, are counted in one pass).
 *
 * @example
 * ```ts
 * utf8Length('user#1') // 6
 * utf8Length('naïve') // 6: "ï" takes two bytes
 * ```
 */
export function utf8Length(text: string): number {
  if (NodeBuffer && text.length > 64) return NodeBuffer.byteLength(text, 'utf8')
  let bytes = text.length
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    if (code < 0x800) bytes += 1
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is 2 UTF-16 units and 4 UTF-8 bytes.
      bytes += 2
      i++
    } else bytes += 2
  }
  return bytes
}

/** Decoded length of a base64 string, without decoding it. */
export function base64DecodedLength(text: string): number {
  let padding = 0
  if (text.endsWith('==')) padding = 2
  else if (text.endsWith('=')) padding = 1
  return Math.floor((text.length * 3) / 4) - padding
}
