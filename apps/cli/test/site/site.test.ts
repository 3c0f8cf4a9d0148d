import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import siteConfig from '../../../../docs/.vitepress/config'
import { type PageReport, Tab } from './support/browse-site'
import { buildApiReference, buildSite, builtPages } from './support/build-site'
import { Chromium } from './support/cdp-pipe'
import { fileFor, serveStatic } from './support/static-server'

/**
 * The docs site as a reader gets it: built with `vitepress build` (what `pnpm docs:build` runs), served
 * statically, opened page by page in headless Chromium.
 */
const outDir = mkdtempSync(join(tmpdir(), 'dbtooling-site-'))
let server: Server
let origin = ''
let browser: Chromium
let tab: Tab
const reports = new Map<string, PageReport>()

const apiDir = mkdtempSync(join(tmpdir(), 'dbtooling-api-'))

beforeAll(async () => {
  // Both builds are CPU-bound and independent; VitePress empties its outDir, so TypeDoc writes beside it.
  await Promise.all([buildSite(outDir), buildApiReference(apiDir)])
  cpSync(apiDir, join(outDir, 'api'), { recursive: true })
  ;({ server, origin } = await serveStatic(outDir))
  browser = new Chromium()
  tab = await Tab.open(browser)
}, 720_000)

afterAll(async () => {
  await browser?.close()
  server?.close()
  rmSync(outDir, { recursive: true, force: true })
  rmSync(apiDir, { recursive: true, force: true })
})

describe('the docs site in a browser', () => {
  it('has a built page for every sidebar entry', () => {
    const sidebar = siteConfig.themeConfig?.sidebar as { items: { link: string }[] }[]
    const links = sidebar.flatMap((group) => group.items.map((item) => item.link))
    expect(links.length).toBeGreaterThan(15)
    expect(links.filter((link) => !fileFor(outDir, link))).toEqual([])
  })

  it('renders every page without console errors', { timeout: 120_000 }, async () => {
    const pages = builtPages(outDir, ['api', 'assets'])
    expect(pages.length).toBeGreaterThan(15)
    for (const page of pages) reports.set(page, await tab.visit(origin, page))
    const broken = [...reports.values()].filter((r) => !r.rendered || r.errors.length > 0)
    expect(broken.map((r) => ({ page: r.path, rendered: r.rendered, errors: r.errors }))).toEqual([])
  })

  it('shows code samples without their test markers or hidden setup', () => {
    const leaking = builtPages(outDir, ['api', 'assets']).filter((page) => {
      const html = readFileSync(fileFor(outDir, page) ?? '', 'utf8')
      return /\/\/ @(check|nocheck)|---cut---/.test(html)
    })
    expect(leaking).toEqual([])
  })

  it('finds "GSI" with the local search', { timeout: 30_000 }, async () => {
    await tab.visit(origin, '/')
    const results = await tab.search('GSI')
    expect(results.length).toBeGreaterThan(0)
    expect(results.join('\n')).toMatch(/GSI/i)
  })

  it('serves the TypeDoc API reference with the main entry points and their examples', async () => {
    const file = readdirSync(join(outDir, 'api/functions')).find((name) => name.endsWith('.createOrm.html'))
    const page = readFileSync(join(outDir, 'api/functions', file ?? 'createOrm.html'), 'utf8')
    expect(page).toContain('Derives the single-table design')
    expect(page).toMatch(/id="example"|>Example</)
    const report = await tab.visit(origin, '/api/')
    expect(report.errors).toEqual([])
  })

  it('has no broken internal links (pages and #anchors)', () => {
    expect(reports.size).toBeGreaterThan(0)
    const broken: string[] = []
    for (const report of reports.values())
      for (const href of report.links) {
        const url = new URL(href)
        if (url.origin !== origin) continue
        if (!fileFor(outDir, url.pathname)) broken.push(`${report.path} -> ${url.pathname}`)
        const target = reports.get(url.pathname.replace(/\.html$/, ''))
        const anchor = decodeURIComponent(url.hash.slice(1))
        if (anchor && target && !target.ids.includes(anchor))
          broken.push(`${report.path} -> ${url.pathname}${url.hash}`)
      }
    expect([...new Set(broken)]).toEqual([])
  })
})
