// The back office puts a product on a flash sale now (a campaign of today, offering it in the slot on sale now,
// made from this minute where no slot covers the time, at a flash price), and a shopper buys it at that price: product page, cart, confirm, pay page. The order
// is cancelled and the three rows deleted again, so mall_test keeps only the seed's flash sales.
import { BASE, api, check, newPage, noErrors, openFresh, shot, step } from './lib.mjs'
import { choose, login, saved, settled } from './admin.mjs'

const PRODUCT = Number(process.env.MALL_WEB_FLASH_PRODUCT || 10)
const pad = n => String(n).padStart(2, '0')

export async function flashScenario(browser) {
  const suffix = Date.now().toString(36)
  const title = '网页秒杀' + suffix
  const now = new Date()
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  // where no slot covers the time, one is made from this minute
  const from = `${pad(now.getHours())}:${pad(now.getMinutes())}:00`
  const detail = await api('GET', `/mall-portal/product/detail/${PRODUCT}`)
  const productName = detail.product.name
  const sku = detail.skuStockList.find(s => s.stock - s.lockStock > 0)
  check(sku, `product ${PRODUCT} has a SKU in stock`)

  // what this scenario makes, deleted again in the end even when a step fails (a campaign of today left behind
  // would be the flash sale of the day for every other test of this database)
  const made = { promotion: null, session: null, offer: null, order: null, token: null, adminToken: null }
  try {
    const admin = await newPage(browser, { width: 1366, height: 900, mobile: false })
    const page = admin.page
    step(`the back office: campaign ${title} today, product ${PRODUCT} at ¥11.00 in the slot on sale (5 units, 1 each)`)
    await login(page, 'admin')
    made.adminToken = await page.evaluate(() => localStorage.getItem('mall.admin.token'))
    await page.locator('[data-menu=flash]').click()
    await page.waitForURL(u => u.hash.startsWith('#/flash'))
    await settled(page)
    await page.locator('[data-test=flash-create]').click()
    await page.fill('input[name=flash-title]', title)
    await page.getByPlaceholder('开始日期').fill(today)
    await page.getByPlaceholder('结束日期').fill(today)
    await page.getByPlaceholder('结束日期').press('Enter')
    await page.locator('.el-dialog__title').filter({ hasText: '新增活动' }).click()
    const promotion = made.promotion = await saved(page, '/mall-admin/flash/create', '[data-test=flash-save]')

    // the slot on sale now: the enabled one covering the time (the later-starting where two do), as the shop
    // picks it; enabled slots may not overlap, so a new one is made on the page only when none covers the time
    const adminToken = made.adminToken
    const slots = (await api('GET', '/mall-admin/flash/session/list?pageSize=100', { token: adminToken })).list
    const covering = slots.filter(s => s.status === 1 && s.startTime <= from && s.endTime >= from)
      .sort((a, b) => (a.startTime < b.startTime ? 1 : -1))[0]
    let session = null
    let slotName = covering && covering.name
    if (!covering) {
      slotName = '网页场' + suffix
      await page.locator('[data-test=session-create]').click()
      await page.fill('input[name=session-name]', slotName)
      await page.getByPlaceholder('开始', { exact: true }).fill(from)
      await page.getByPlaceholder('结束', { exact: true }).fill('23:59:59')
      await page.getByPlaceholder('结束', { exact: true }).press('Enter')
      await page.locator('.el-dialog__title').filter({ hasText: '新增场次' }).click()
      session = made.session = await saved(page, '/mall-admin/flash/session/create', '[data-test=session-save]')
    }
    console.log(`    the slot on sale now: ${slotName}${session ? ' (made here)' : ''}`)

    await page.locator('[data-test=offer-create]').click()
    const offerDialog = page.locator('.el-dialog').filter({ hasText: '添加秒杀商品' })
    await choose(page, offerDialog.locator('.el-select').nth(0), title)
    await choose(page, offerDialog.locator('.el-select').nth(1), slotName)
    await offerDialog.locator('.el-select').nth(2).click()
    await page.keyboard.type(productName.slice(0, 6))
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: productName }).first().click()
    await page.locator('input[name=offer-price]').fill('11')
    await page.locator('input[name=offer-count]').fill('5')
    await shot(page, 'flash-01-offer')
    const offers = await saved(page, '/mall-admin/flash/product/create', '[data-test=offer-save]')
    const offer = made.offer = offers[0]
    check(Number(offer.flashPromotionPrice) === 11 && offer.flashPromotionCount === 5, `the offer saved: ${JSON.stringify(offer)}`)
    noErrors(admin.errors, 'flash: back office')
    await admin.context.close()

    // a shopper of its own (setup through the API), then the pages
    const username = 'flash_' + suffix
    const telephone = '136' + String(Date.now()).slice(-8)
    const code = await api('GET', '/mall-member/sso/getAuthCode?telephone=' + telephone)
    await api('POST', '/mall-member/sso/register', { form: { username, password: 'secret123', telephone, authCode: code } })
    const { token } = await api('POST', '/mall-member/sso/login', { form: { username, password: 'secret123' } })
    made.token = token
    await api('POST', '/mall-member/member/address/add', { token, json: { name: '秒杀测试', phoneNumber: telephone,
      defaultStatus: 1, province: '广东省', city: '深圳市', region: '南山区', detailAddress: '科技园 2 号' } })
    await api('POST', '/mall-cart/cart/add', { token, json: { productId: PRODUCT, productSkuId: sku.id, quantity: 1 } })

    const shopper = await newPage(browser)
    const shop = shopper.page
    await shop.goto(BASE + '/')
    await shop.evaluate(([t, u]) => { localStorage.setItem('mall.shop.token', t); localStorage.setItem('mall.shop.token.user', u) },
      [token, username])
    step(`the shopper ${username} sees the flash price and buys at it`)
    // the home page's cached content is evicted by the back office's change through RabbitMQ: a moment later.
    // Each look starts the app afresh on the product page (it reads the token when it starts)
    const productPage = `${BASE}/#/product/${PRODUCT}`
    // the page in either state (the price, or its error with the server's message) before looking for the offer;
    // a failure says what the page showed
    for (const until = Date.now() + 30000; ;) {
      await openFresh(shop, productPage)
      const shown = await shop.locator('[data-test=price], .van-empty').first().waitFor().then(() => true, () => false)
      if (shown) await shop.waitForTimeout(500)
      if (shown && await shop.locator('[data-test=flash]').count()) break
      if (!shown || Date.now() > until) {
        await shot(shop, 'flash-02-product-failed')
        throw new Error(`the product page showed ${shown ? 'no flash offer within 30 s' : 'neither a price nor an error'} at ${shop.url()}; `
          + 'it shows: ' + (await shop.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 300))
      }
    }
    check((await shop.locator('[data-test=price]').textContent()).trim() === '¥11.00', 'the product page shows the flash price')
    await shot(shop, 'flash-02-product')
    await shop.goto(BASE + '/#/cart')
    await shop.locator('[data-test=cart-item]').first().waitFor()
    await shop.locator('[data-test=checkout] button').click()
    await shop.waitForURL(u => u.hash.startsWith('#/confirm'))
    await shop.locator('[data-test=address]').waitFor()
    check((await shop.locator('.confirm').textContent()).includes('秒杀价'), 'the confirm page names the flash price')
    await shot(shop, 'flash-03-confirm')
    await shop.locator('[data-test=submit-order] button').click()
    await shop.waitForURL(u => u.hash.startsWith('#/pay/'))
    const orderId = made.order = shop.url().replace(/.*#\/pay\//, '').replace(/\?.*/, '')
    const amount = (await shop.locator('[data-test=pay-amount]').textContent()).trim()
    check(amount === '¥11.00', `the order charges the flash price: ${amount}`)
    await shot(shop, 'flash-04-pay')
    noErrors(shopper.errors, 'flash: shop')
    await shopper.context.close()

    step('the order is cancelled: the unit goes back to the offer')
    await api('POST', '/mall-portal/order/cancelUserOrder', { token, form: { orderId } })
    made.order = null
    const left = (await api('GET', `/mall-admin/flash/product/list?flashPromotionId=${promotion.id}`, { token: adminToken })).list[0]
    check(left && left.flashPromotionCount === 5, `cancelling gave the unit back to the offer: ${JSON.stringify(left)}`)
  } finally {
    const quietly = p => p.catch(e => console.log('    cleanup: ' + e.message))
    if (made.order && made.token) await quietly(api('POST', '/mall-portal/order/cancelUserOrder', { token: made.token, form: { orderId: made.order } }))
    if (made.adminToken) {
      const token = made.adminToken
      if (made.offer) await quietly(api('POST', `/mall-admin/flash/product/delete/${made.offer.id}`, { token }))
      if (made.session) await quietly(api('POST', `/mall-admin/flash/session/delete/${made.session.id}`, { token }))
      if (made.promotion) await quietly(api('POST', `/mall-admin/flash/delete/${made.promotion.id}`, { token }))
    }
  }
}
