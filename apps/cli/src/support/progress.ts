/**
 * Progress for long work: a line redrawn in place on a terminal, plain lines at most every 2 s otherwise
 * (CI logs). Always on stderr, so `--json` output on stdout stays parseable.
 */
export function createProgress(label: string, json: boolean): { update(text: string): void; done(): void } {
  const tty = process.stderr.isTTY === true && !json
  let last = 0
  let drawn = false
  return {
    update(text) {
      const now = Date.now()
      if (tty) {
        process.stderr.write(`\r${label}: ${text}\u001b[K`)
        drawn = true
      } else if (now - last >= 2000) {
        process.stderr.write(`${label}: ${text}\n`)
        last = now
      }
    },
    done() {
      if (drawn) process.stderr.write('\n')
    },
  }
}
