/**
 * Base64 helpers. Buffer is used when present (Node, Bun) because it is several times faster than
 * btoa/atob; the fallback keeps the document layer usable in browsers and workers.
 */
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer

export function isBinary(value: object): value is Uint8Array | ArrayBuffer | ArrayBufferView {
  return value instanceof Uint8Array || value instanceof ArrayBuffer || ArrayBuffer.isView(value)
}

/** Bytes of any binary-like value, without copying where possible. */
export function bytesOf(value: Uint8Array | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (value instanceof Uint8Array) return value
  if (value instanceof ArrayBuffer) return new Uint8Array(value)
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
}

export function toBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
  let binary = ''
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!)
  return btoa(binary)
}

export function fromBase64(text: string): Uint8Array {
  if (NodeBuffer) {
    const buffer = NodeBuffer.from(text, 'base64')
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  }
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
