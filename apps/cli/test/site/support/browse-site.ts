import type { CdpEvent, Chromium } from './cdp-pipe'

/** What a page showed the browser: errors logged while loading, links, element ids, whether it rendered. */
export interface PageReport {
  path: string
  errors: string[]
  links: string[]
  ids: string[]
  rendered: boolean
}

export class Tab {
  readonly #errors: string[] = []

  private constructor(
    readonly browser: Chromium,
    readonly session: string,
  ) {
    browser.onEvent((event) => {
      if (event.sessionId === session) this.#record(event)
    })
  }

  static async open(browser: Chromium): Promise<Tab> {
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' })
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true })
    const tab = new Tab(browser, String(sessionId))
    for (const domain of ['Page', 'Runtime', 'Log']) await tab.send(`${domain}.enable`)
    return tab
  }

  send(method: string, params: object = {}): Promise<Record<string, unknown>> {
    return this.browser.send(method, params, this.session)
  }

  /** Evaluates an expression in the page (promises awaited) and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    })
    const thrown = result.exceptionDetails as { text?: string } | undefined
    if (thrown) throw new Error(`in page: ${thrown.text ?? 'exception'} (${expression.slice(0, 60)})`)
    return (result.result as { value: T }).value
  }

  /** Loads a page, waits until the Vue app has mounted and settled, and reports what happened. */
  async visit(origin: string, path: string): Promise<PageReport> {
    this.#errors.length = 0
    const loaded = this.browser.waitFor('Page.loadEventFired', this.session)
    await this.send('Page.navigate', { url: `${origin}${path}` })
    await loaded
    const rendered = await this.evaluate<boolean>(`(async () => {
      for (let i = 0; i < 100 && !document.querySelector('#app')?.__vue_app__; i++)
        await new Promise((r) => setTimeout(r, 50))
      await new Promise((r) => setTimeout(r, 150))
      return Boolean(document.querySelector('#app')?.__vue_app__ && document.querySelector('.VPContent'))
    })()`)
    const { links, ids } = await this.evaluate<{ links: string[]; ids: string[] }>(`({
      links: [...document.querySelectorAll('a[href]')].map((a) => a.href),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    })`)
    return { path, errors: [...this.#errors], links, ids, rendered }
  }

  /** Opens the local search box, types a query, and returns the titles of the results it lists. */
  async search(query: string): Promise<string[]> {
    await this.evaluate(`document.querySelector('#local-search button').click()`)
    await this.evaluate(`(async () => {
      for (let i = 0; i < 100 && document.activeElement?.className !== 'search-input'; i++)
        await new Promise((r) => setTimeout(r, 50))
    })()`)
    await this.send('Input.insertText', { text: query })
    return this.evaluate<string[]>(`(async () => {
      for (let i = 0; i < 100 && !document.querySelector('.VPLocalSearchBox .result'); i++)
        await new Promise((r) => setTimeout(r, 50))
      return [...document.querySelectorAll('.VPLocalSearchBox .result')].map((r) => r.textContent.trim())
    })()`)
  }

  #record(event: CdpEvent): void {
    const params = event.params
    if (event.method === 'Runtime.exceptionThrown') {
      const details = params.exceptionDetails as { text?: string; exception?: { description?: string } }
      this.#errors.push(`exception: ${details.exception?.description ?? details.text ?? ''}`)
    }
    if (event.method === 'Runtime.consoleAPICalled' && params.type === 'error') {
      const args = params.args as { value?: unknown; description?: string }[]
      this.#errors.push(`console.error: ${args.map((a) => String(a.value ?? a.description)).join(' ')}`)
    }
    if (event.method === 'Log.entryAdded') {
      const entry = params.entry as { level: string; text: string; url?: string }
      if (entry.level === 'error') this.#errors.push(`${entry.text} ${entry.url ?? ''}`.trim())
    }
  }
}
