import { describe, expect, it } from 'vitest'
import { type SettledFlush, WriteWindow } from '../../src/transfer/write-window'

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))

describe('WriteWindow: writes run side by side but settle in push order', () => {
  it('starts a new write as soon as any one ends, not when the oldest ends', async () => {
    let slowFinished = false
    const window = new WriteWindow(2, 0, async () => {})
    await window.push(
      () =>
        later(80, 1).then((n) => {
          slowFinished = true
          return n
        }),
      null,
    )
    await window.push(() => later(5, 1), null)
    // Both slots are taken: this push takes the fast write's slot while the slow one is still sending.
    await window.push(() => later(5, 1), null)
    expect(slowFinished).toBe(false)
    await window.drain()
    expect(slowFinished).toBe(true)
    expect(window.written).toBe(3)
  })

  it('reports a checkpoint only once it and every earlier write are done, counting written in order', async () => {
    const settled: SettledFlush[] = []
    const window = new WriteWindow(3, 100, async (state) => {
      settled.push(state)
    })
    await window.push(() => later(40, 10), null)
    await window.push(() => later(1, 5), { line: 16, read: 16, rejected: 1 })
    await later(10, null)
    await window.push(() => later(1, 0), null)
    // The checkpoint's own write finished long ago, but the slow write before it had not.
    expect(settled).toEqual([])
    await window.drain()
    expect(settled).toEqual([{ line: 16, read: 16, written: 115, rejected: 1 }])
    expect(window.written).toBe(115)
  })

  it('a failed write stops the window: no later checkpoint, the error surfaces once nothing is in flight', async () => {
    const settled: number[] = []
    let laterFinished = false
    const window = new WriteWindow(3, 0, async (state) => {
      settled.push(state.line)
    })
    await window.push(() => later(5, 1), { line: 1, read: 1, rejected: 0 })
    await window.push(() => later(10, 0).then(() => Promise.reject(new Error('throttled for good'))), {
      line: 2,
      read: 2,
      rejected: 0,
    })
    await window.push(
      () =>
        later(30, 1).then((n) => {
          laterFinished = true
          return n
        }),
      { line: 3, read: 3, rejected: 0 },
    )
    await expect(window.drain()).rejects.toThrow('throttled for good')
    expect(settled).toEqual([1])
    expect(laterFinished).toBe(true)
  })

  it('an onSettled failure (a progress callback that throws) also waits for the writes in flight', async () => {
    let inFlightFinished = false
    const window = new WriteWindow(4, 0, async () => {
      throw new Error('killed')
    })
    await window.push(
      () =>
        later(30, 1).then((n) => {
          inFlightFinished = true
          return n
        }),
      null,
    )
    await window.push(() => later(1, 1), null)
    await expect(
      (async () => {
        await window.push(() => Promise.resolve(0), { line: 3, read: 3, rejected: 0 })
        await window.drain()
      })(),
    ).rejects.toThrow('killed')
    expect(inFlightFinished).toBe(true)
  })
})
