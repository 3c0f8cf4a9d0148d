import type { PivotInput } from './belongs-to-many'

type Attributes = Record<string, unknown>

/** Related ids as a map of id to pivot attributes, whichever form of `PivotInput` was given. */
export function normalize(ids: PivotInput, attributes: Readonly<Attributes> = {}): Map<string, Attributes> {
  const out = new Map<string, Attributes>()
  if (Array.isArray(ids)) for (const id of ids) out.set(String(id), { ...attributes })
  else if (typeof ids === 'object' && ids !== null) {
    for (const [id, extra] of Object.entries(ids as Record<string, Attributes>))
      out.set(id, { ...attributes, ...extra })
  } else out.set(String(ids), { ...attributes })
  return out
}
