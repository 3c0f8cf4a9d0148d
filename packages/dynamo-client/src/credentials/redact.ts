/** Masks values that look like AWS secrets in text we are about to show (a process's stderr). */
const LABELLED =
  /((?:secret_?access_?key|session_?token|security_?token|secret|token|password)["']?\s*[:=]\s*["']?)[^\s"',}]+/gi
/** Long base64-ish runs: secret keys are 40 characters, session tokens hundreds. */
const OPAQUE = /[A-Za-z0-9/+=]{40,}/g

export function redactSecrets(text: string): string {
  return text.replace(LABELLED, '$1****').replace(OPAQUE, '****')
}

/** The first `limit` characters of `text`, masked, with a marker when cut. */
export function excerpt(text: string, limit = 500): string {
  const trimmed = text.trim()
  const cut = trimmed.length > limit ? `${trimmed.slice(0, limit)}…` : trimmed
  return redactSecrets(cut)
}
