// Shared helpers of the browser tests: headless Debian chromium driven by playwright-core, a fresh
// profile per run, console errors collected, screenshots under mall-e2e/target/screenshots.
import { chromium } from 'playwright-core'
import fs from 'node:fs'
import path from 'node:path'

export const BASE = (process.env.MALL_WEB_BASE_URL || 'http://127.0.0.1:8201').replace(/\/$/, '')
export const SHOTS = process.env.MALL_WEB_SCREENSHOTS ||
  path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'target', 'screenshots')
const EXECUTABLE = process.env.MALL_WEB_CHROMIUM || '/usr/bin/chromium'

export async function launch() {
  fs.mkdirSync(SHOTS, { recursive: true })
  // playwright gives every launch a new, empty profile (--user-data-dir in a temp directory)
  return chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
  })
}

/** A page of the given size whose console errors and uncaught exceptions are collected. */
export async function newPage(browser, { width = 390, height = 844, mobile = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile, locale: 'zh-CN' })
  const page = await context.newPage()
  page.setDefaultTimeout(Number(process.env.MALL_WEB_TIMEOUT_MS || 20000))
  const errors = []
  page.on('console', msg => {
    // a failed load names its resource only in the message's location
    if (msg.type() === 'error') errors.push(`console error on ${page.url()}: ${msg.text()} (${msg.location().url || 'no url'})`)
  })
  page.on('pageerror', err => errors.push(`uncaught exception on ${page.url()}: ${err.message}`))
  page.on('response', res => {
    if (res.status() >= 500) errors.push(`HTTP ${res.status()} from ${res.url()}`)
  })
  return { context, page, errors }
}

/**
 * Starts the app afresh at url, in a new document. From a page of the same app, a url that differs only in its
 * hash is a hash change, not a load: sent while the app is still starting, its router's first navigation can
 * replace it with "#/", and a reload then reloads that (CI, twice: the flash scenario stayed on the home page).
 */
export async function openFresh(page, url) {
  await page.goto('about:blank')
  await page.goto(url)
}

export async function shot(page, name, fullPage = false) {
  const file = path.join(SHOTS, name + '.png')
  await page.screenshot({ path: file, fullPage })
  console.log(`    screenshot ${file}`)
}

export function step(text) {
  console.log(`  - ${text}`)
}

export function check(condition, message) {
  if (!condition) throw new Error(message)
}

export function noErrors(errors, scenario) {
  if (errors.length) throw new Error(`${scenario}: ${errors.length} console error(s):\n` + errors.join('\n'))
}

/** The envelope's data of a gateway call, for setup only (the scenarios themselves use the pages). */
export async function api(method, p, { token, json, form } = {}) {
  const headers = {}
  if (token) headers.Authorization = 'Bearer ' + token
  let body
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(json)
  } else if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(form).toString()
  }
  const res = await fetch(BASE + p, { method, headers, body })
  const env = await res.json().catch(() => null)
  if (!res.ok || !env || env.code !== 200) throw new Error(`${method} ${p}: HTTP ${res.status} ${env && env.message}`)
  return env.data
}
