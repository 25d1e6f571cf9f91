// The evidence chain of document/resar-on-one-machine.md: JMeter's dashboard, a Prometheus graph, a trace in
// Zipkin and a flame graph, each checked to show what the guide says, then photographed for it. The URLs come
// from EvidenceScreenshotsTest (MALL_EVIDENCE_JMETER, _PROMETHEUS, _ZIPKIN, _FLAME).
import { check, newPage, shot, step } from './lib.mjs'

const url = name => {
  const value = process.env['MALL_EVIDENCE_' + name]
  check(value, `MALL_EVIDENCE_${name} is not set`)
  return value
}

export async function evidenceScenario(browser) {
  // third-party pages: their console messages are not ours to fail on, what they show is
  const { context, page } = await newPage(browser, { width: 1400, height: 900, mobile: false })

  step('JMeter: the dashboard of a run of the mixed plan')
  await page.goto(url('JMETER'))
  await page.locator('#statisticsTable').getByText('search', { exact: true }).first().waitFor()
  await page.locator('#apdexTable').getByText('Total', { exact: true }).first().waitFor()
  // the Statistics table (samples, errors, percentiles and throughput per sampler) is what the guide reads first
  await page.evaluate(() => document.querySelector('#statisticsTable').closest('.panel').scrollIntoView())
  await page.waitForTimeout(1000)
  await shot(page, 'evidence-00-jmeter-dashboard')

  step('Prometheus: p99 of mall-portal by interface')
  await page.goto(url('PROMETHEUS'))
  await page.locator('.rickshaw_graph').first().waitFor()
  await page.getByText('uri="/product/detail/{id}"').first().waitFor()
  await page.waitForTimeout(1000)
  await shot(page, 'evidence-01-prometheus-p99')

  step('Zipkin: the trace of an order across gateway, cart and portal')
  await page.goto(url('ZIPKIN'))
  for (const service of ['mall-gateway', 'mall-cart', 'mall-portal']) {
    await page.getByText(service, { exact: false }).first().waitFor()
  }
  await page.waitForTimeout(1000)
  await shot(page, 'evidence-02-zipkin-order-trace')

  step('async-profiler: the flame graph of mall-portal')
  await page.goto(url('FLAME'))
  await page.locator('#canvas').waitFor()
  check(await page.getByText('CPU profile').first().isVisible(), 'the flame graph has no title "CPU profile"')
  await shot(page, 'evidence-03-flame-graph', true) // the whole graph, taller than the window
  await context.close()
}
