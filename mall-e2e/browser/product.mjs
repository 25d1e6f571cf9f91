// The back office creates a product on its pages: basic information, the type 服装 whose specifications 颜色 and
// 尺码 make 2 × 2 SKUs, a parameter, a picture and detail text. The shop finds it by search and offers the four
// SKUs by both dimensions; back on the edit page one size is swapped for another (its two SKUs go, two come,
// the others keep their ids). The product is deleted in the end, even when a step fails.
import { BASE, api, check, newPage, noErrors, openFresh, shot, step } from './lib.mjs'
import { choose, input, login, saved, settled } from './admin.mjs'

const ADMIN = (process.env.MALL_WEB_ADMIN_URL || BASE + '/admin/').replace(/\/?$/, '/')

/** Ticks (or unticks) a value of a specification: the checkbox with this text in its row. */
async function tick(page, spec, value) {
  await page.locator(`[data-test=spec-${spec}] .el-checkbox`).filter({ hasText: new RegExp(`^${value}$`) }).click()
}

/** Retries a check of eventually consistent state (the search index follows the catalog through RabbitMQ). */
async function eventually(what, attempt, seconds = 20) {
  let last
  for (const until = Date.now() + seconds * 1000; Date.now() < until;) {
    last = await attempt()
    if (last.ok) return last
    await new Promise(r => setTimeout(r, 1000))
  }
  throw new Error(`${what} within ${seconds} s; last seen: ${last.seen}`)
}

export async function productScenario(browser) {
  const suffix = Date.now().toString(36)
  const name = '网页新品卫衣' + suffix
  const sn = 'WEB' + suffix.toUpperCase()
  let productId = null
  let adminToken = null
  try {
    const admin = await newPage(browser, { width: 1440, height: 900, mobile: false })
    const page = admin.page
    step(`the back office creates ${name}: 服装 with 颜色 黑色/白色 × 尺码 M/L`)
    await login(page, 'admin')
    adminToken = await page.evaluate(() => localStorage.getItem('mall.admin.token'))
    if (ADMIN !== BASE + '/admin/') {
      await page.goto(ADMIN)
      await page.evaluate(t => localStorage.setItem('mall.admin.token', t), adminToken)
    }
    await openFresh(page, ADMIN + '#/product') // the app reads the token when it starts
    await settled(page)
    await page.locator('[data-test=product-add]').click()
    await page.waitForURL(u => u.hash === '#/product/add')
    await page.fill('input[name=product-name]', name)
    await page.fill('input[name=product-sn]', sn)
    await page.fill('input[name=product-subtitle]', '纯棉连帽，网页创建')
    await choose(page, page.locator('[data-test=product-brand]'), '小米')
    await page.locator('[data-test=product-category] .el-cascader').click()
    await page.locator('.el-cascader-node:visible').filter({ hasText: '服装' }).click()
    await page.locator('.el-cascader-node:visible').filter({ hasText: '外套' }).click()
    await input(page, '=product-price').fill('88')
    await page.locator('[data-test=product-publish]').click()
    await choose(page, page.locator('[data-test=product-type]'), '服装')
    await page.locator('[data-test=spec-颜色]').waitFor()
    for (const v of ['黑色', '白色']) await tick(page, '颜色', v)
    for (const v of ['M', 'L']) await tick(page, '尺码', v)
    await page.locator('[data-test=sku-generate]').click()
    const stocks = input(page, '^=sku-stock-')
    check(await stocks.count() === 4, `2 × 2 values make 4 SKUs, the table has ${await stocks.count()}`)
    for (let i = 0; i < 4; i++) await stocks.nth(i).fill(String(10 + i))
    await choose(page, page.locator('.el-form-item').filter({ hasText: '面料' }).locator('.el-select'), '纯棉')
    await page.fill('input[name=product-pic]', 'https://img.perflab.example/product/web.jpg')
    await page.fill('textarea[name=product-detail]', `<p data-test="web-detail">${name} 的详情</p>`)
    await shot(page, 'product-01-create', true)
    const created = await saved(page, '/mall-admin/product/create', '[data-test=product-save]')
    productId = created.id
    check(created.skuStockList.length === 4 && created.stock === 10 + 11 + 12 + 13,
      `the product saved with its 4 SKUs and their stock: ${JSON.stringify(created.skuStockList)}`)
    await page.waitForURL(u => u.hash === `#/product/${productId}`)
    await page.locator('[data-test=product-title]').filter({ hasText: `#${productId}` }).waitFor()
    console.log(`    product ${productId} made`)

    step('the shop finds it by search and offers both dimensions')
    const shopper = await newPage(browser)
    const shop = shopper.page
    await eventually('the search finds the new product', async () => {
      await shop.goto(`${BASE}/#/search?keyword=${encodeURIComponent(name)}`)
      await shop.locator('.results .cell, .van-list__finished-text, .van-list__error-text').first().waitFor()
      const text = await shop.locator('.results').textContent().catch(() => '')
      if (text.includes(name)) return { ok: true }
      // what the index itself answers tells a page that did not show the product from an index without it
      const found = await api('GET', `/mall-search/esProduct/search/simple?keyword=${encodeURIComponent(name)}`)
        .then(d => `${d.total} hit(s): ${d.list.map(p => p.id).join(',')}`, e => e.message)
      return { ok: false, seen: `the page: ${text.slice(0, 200)}; the search API: ${found}` }
    }, 30)
    await shot(shop, 'product-02-search')
    await shop.locator('.results .cell').filter({ hasText: name }).first().click()
    await shop.waitForURL(u => u.hash === `#/product/${productId}`)
    check((await shop.locator('[data-test=price]').textContent()).trim() === '¥88.00', 'the shop shows the price set')
    await shop.locator('[data-test=web-detail]').waitFor()
    await shop.locator('[data-test=add-cart]').click()
    await shop.locator('.sku').waitFor()
    const dims = await shop.locator('.sku .dim').allTextContents()
    check(dims.length === 2 && /颜色.*黑色.*白色/.test(dims[0]) && /尺码.*M.*L/.test(dims[1]),
      `the SKU choice offers 颜色 and 尺码 with their values: ${JSON.stringify(dims)}`)
    await shop.locator('.sku .opt').filter({ hasText: /^白色$/ }).click()
    await shop.locator('.sku .opt').filter({ hasText: /^L$/ }).click()
    check((await shop.locator('.sku .stock').textContent()).includes('库存 13'), 'the SKU 白色/L has the stock set for it')
    await shot(shop, 'product-03-shop')
    noErrors(shopper.errors, 'product: shop')
    await shopper.context.close()

    step('on edit, size L gives way to XL: two SKUs go, two come, the M ones keep their ids')
    const before = created.skuStockList
    await page.reload()
    await page.locator('[data-test=spec-尺码]').waitFor()
    await tick(page, '尺码', 'L')
    await tick(page, '尺码', 'XL')
    await page.locator('[data-test=sku-generate]').click()
    check(await stocks.count() === 4, 'still 4 SKUs after the swap')
    await shot(page, 'product-04-edit', true)
    const after = (await saved(page, `/mall-admin/product/update/${productId}`, '[data-test=product-save]')).skuStockList
    const sizes = list => list.map(s => JSON.parse(s.spData).find(p => p.key === '尺码').value).sort().join(',')
    const keptIds = before.filter(s => s.spData.includes('"M"')).map(s => s.id).sort()
    check(sizes(after) === 'M,M,XL,XL', `the SKUs after the edit are of sizes M and XL: ${sizes(after)}`)
    check(JSON.stringify(after.filter(s => s.spData.includes('"M"')).map(s => s.id).sort()) === JSON.stringify(keptIds),
      'the SKUs of size M kept their ids')
    noErrors(admin.errors, 'product: back office')
    await admin.context.close()
  } finally {
    if (productId && adminToken) {
      await api('POST', '/mall-admin/product/update/deleteStatus', { token: adminToken, form: { ids: productId, deleteStatus: 1 } })
        .catch(e => console.log('    cleanup: ' + e.message))
    }
  }
}
