// Runs the browser scenarios against MALL_WEB_BASE_URL (default the local lab's gateway) and exits
// non-zero when one fails. Usage: node run.mjs [shop|admin|flash|product|home|coupon|evidence]...
import { BASE, launch } from './lib.mjs'
import { shopperScenario } from './shop.mjs'
import { adminScenario } from './admin.mjs'
import { evidenceScenario } from './evidence.mjs'
import { flashScenario } from './flash.mjs'
import { productScenario } from './product.mjs'
import { homeScenario } from './home.mjs'
import { couponScenario } from './coupon.mjs'

const wanted = process.argv.slice(2)
// evidence runs only when asked for: it needs the URLs EvidenceScreenshotsTest gives it
const scenarios = [['shop', shopperScenario], ['admin', adminScenario], ['flash', flashScenario], ['product', productScenario], ['home', homeScenario], ['coupon', couponScenario], ['evidence', evidenceScenario]]
  .filter(([n]) => wanted.length ? wanted.includes(n) : n !== 'evidence')

console.log(`browser tests against ${BASE}`)
const browser = await launch()
let failed = 0
for (const [name, run] of scenarios) {
  const started = Date.now()
  console.log(`${name}:`)
  try {
    await run(browser)
    console.log(`${name}: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } catch (e) {
    failed++
    console.log(`${name}: FAILED: ${e.stack || e}`)
  }
}
await browser.close()
process.exit(failed ? 1 : 0)
