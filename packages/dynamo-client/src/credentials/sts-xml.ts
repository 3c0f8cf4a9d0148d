/**
 * Just enough XML for STS Query-protocol answers: their elements carry no attributes we need, no CDATA
 * and no repeated names inside the parts we read, so a focused reader beats a general parser (and a
 * dependency) here. Only the first occurrence of an element counts.
 */

function elementPattern(tag: string): RegExp {
  return new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`)
}

/** The raw inner XML of the first `<tag>` element, for reading nested elements out of it. */
export function innerXml(xml: string, tag: string): string | undefined {
  return elementPattern(tag).exec(xml)?.[1]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** The text of the first `<tag>` element, entities decoded and trimmed; undefined when absent. */
export function xmlText(xml: string, tag: string): string | undefined {
  const inner = innerXml(xml, tag)
  return inner === undefined ? undefined : decodeEntities(inner).trim()
}
