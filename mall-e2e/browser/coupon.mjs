// The back office makes a coupon of one product on its coupon page (¥5 off, no minimum, from now, one each), and a
// fresh shopper claims it on that product's page, which the shop had cached without it: the coupon event (outbox,
// RabbitMQ, mall-portal's eviction) makes the page show it within seconds, not after the cache's 5 minutes. The
// shopper buys the product with the coupon and the pay page charges its price minus ¥5. The order is cancelled and
// deleted, and the coupon deleted, in the end even when a step fails; the back office keeps a coupon a member holds
// (its history refers to it), so when the claim went through the coupon is ended now instead.
// MALL_WEB_ADMIN_URL / MALL_WEB_SHOP_URL point the pages at vite dev servers (http://127.0.0.1:5185/admin/,
// http://127.0.0.1:5186/) while setup and cleanup still go through the gateway at MALL_WEB_BASE_URL.
import { BASE, api, check, newPage, noErrors, shot, step } from './lib.mjs'
import { login, saved, settled } from './admin.mjs'

const PRODUCT = Number(process.env.MALL_WEB_COUPON_PRODUCT || 12)
const ADMIN = process.env.MALL_WEB_ADMIN_URL || BASE + '/admin/'
const SHOP = (process.env.MALL_WEB_SHOP_URL || BASE).replace(/\/$/, '')
const OFF = 5
const cents = text => Math.round(Number(String(text).replace(/[^\d.]/g, '')) * 100)
const yuan = c => '¥' + (c / 100).toFixed(2)
const pad = n => String(n).padStart(2, '0')
const local = d => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`

/** What the product page shows as coupons to claim, for a failure message. */
async function couponsShown(shop) {
  const cells = shop.locator('[data-test^=coupon-]')
  const shown = []
  for (let i = 0; i < await cells.count(); i++) shown.push((await cells.nth(i).innerText()).replace(/\s+/g, ' ').trim())
  return shown.length ? shown.join(' | ') : '(no coupon)'
}

export async function couponScenario(browser) {
  const suffix = Date.now().toString(36)
  const name = '网页领券' + suffix
  // the shop's page of the product, cached now (the portal caches what it serves) without the coupon
  const detail = await api('GET', `/mall-portal/product/detail/${PRODUCT}`)
  const productName = detail.product.name
  check(detail.product.promotionType === 0 && !(detail.productFullReductionList || []).length,
    `product ${PRODUCT} has no promotion that would change its price: ${JSON.stringify(detail.product.promotionType)}`)
  check(detail.skuStockList.some(s => s.stock - s.lockStock > 0), `product ${PRODUCT} has a SKU in stock`)

  // what this scenario makes, removed again in the end even when a step fails
  const made = { coupon: null, order: null, cancelled: false, token: null, adminToken: null }
  try {
    const admin = await newPage(browser, { width: 1366, height: 900, mobile: false })
    const page = admin.page
    step(`the back office: coupon ${name}, ¥${OFF} off ${productName} (${PRODUCT}), no minimum, from now, 1 each`)
    await login(page, 'admin')
    made.adminToken = await page.evaluate(() => localStorage.getItem('mall.admin.token'))
    if (process.env.MALL_WEB_ADMIN_URL) {
      // the dev server's origin has a storage of its own: the same session there, before its app starts
      await admin.context.addInitScript(t => { localStorage.setItem('mall.admin.token', t); localStorage.setItem('mall.admin.token.user', 'admin') },
        made.adminToken)
      await page.goto(ADMIN)
    }
    await page.locator('[data-menu=coupon]').click()
    await page.waitForURL(u => u.hash.startsWith('#/coupon'))
    await settled(page)
    await page.locator('[data-test=coupon-create]').click()
    await page.fill('input[name=coupon-name]', name)
    await page.locator('input[name=coupon-amount]').fill(String(OFF))
    await page.locator('[data-test=coupon-use-type]').getByText('指定商品').click()
    await page.locator('[data-test=coupon-products] .el-select').click()
    await page.keyboard.type(productName.slice(0, 6))
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: productName }).first().click()
    await page.locator('.el-dialog__title').filter({ hasText: '新增优惠券' }).click() // closes the dropdown
    await shot(page, 'coupon-01-create')
    const coupon = made.coupon = await saved(page, '/mall-admin/coupon/create', '[data-test=coupon-save]')
    check(Number(coupon.amount) === OFF && Number(coupon.minPoint) === 0 && coupon.perLimit === 1 && coupon.count > 0 &&
      coupon.useType === 2 && coupon.productRelationList.length === 1 && coupon.productRelationList[0].productId === PRODUCT,
    `the coupon saved: ${JSON.stringify(coupon)}`)
    await page.locator(`[data-test="coupon-delete-${name}"]`).waitFor()
    noErrors(admin.errors, 'coupon: back office')
    await admin.context.close()

    // a shopper of its own (setup through the API), then the pages
    const username = 'coupon_' + suffix
    const telephone = '137' + String(Date.now()).slice(-8)
    const code = await api('GET', '/mall-member/sso/getAuthCode?telephone=' + telephone)
    await api('POST', '/mall-member/sso/register', { form: { username, password: 'secret123', telephone, authCode: code } })
    const { token } = await api('POST', '/mall-member/sso/login', { form: { username, password: 'secret123' } })
    made.token = token
    await api('POST', '/mall-member/member/address/add', { token, json: { name: '领券测试', phoneNumber: telephone,
      defaultStatus: 1, province: '广东省', city: '深圳市', region: '南山区', detailAddress: '科技园 3 号' } })

    const shopper = await newPage(browser)
    const shop = shopper.page
    // signed in before the app starts (it reads the token then); every page load below is a whole one
    await shopper.context.addInitScript(([t, u]) => { localStorage.setItem('mall.shop.token', t); localStorage.setItem('mall.shop.token.user', u) },
      [token, username])
    step(`the shopper ${username} finds the coupon on the product page (the cached page evicted) and claims it`)
    await shop.goto(`${SHOP}/#/product/${PRODUCT}`)
    const offered = shop.locator(`[data-test=coupon-${coupon.id}]`)
    const since = Date.now()
    while (true) {
      await shop.locator('[data-test=price]').waitFor().catch(async e => {
        await shot(shop, 'coupon-02-no-product-page')
        throw new Error(`the product page did not show: ${(await shop.locator('body').innerText()).slice(0, 300)}: ${e.message}`)
      })
      if (await offered.count()) break
      if (Date.now() - since > 15000) {
        throw new Error(`the product page did not offer the coupon ${coupon.id} within 15 s; it showed: ${await couponsShown(shop)}`)
      }
      await shop.waitForTimeout(1000)
      await shop.reload()
    }
    console.log(`    on the product page after ${((Date.now() - since) / 1000).toFixed(1)} s`)
    await offered.locator('[data-test=claim]').click()
    const toast = shop.locator('.van-toast:visible')
    await toast.first().waitFor()
    const said = (await toast.first().innerText()).trim()
    check(said.includes('领取成功'), `claiming the coupon: the page said ${said}`)
    await shot(shop, 'coupon-02-claimed')

    step('the product into the cart at the price the page shows, the coupon chosen on the confirm page')
    await shop.locator('[data-test=add-cart]').click()
    await shop.locator('.sku').waitFor()
    const dims = shop.locator('.sku .dim')
    for (let i = 0; i < await dims.count(); i++) {
      const dim = dims.nth(i)
      if (await dim.locator('.opt.on').count() === 0) await dim.locator('.opt:not(.off)').first().click()
    }
    const price = cents(await shop.locator('[data-test=price]').textContent())
    check(price > OFF * 100, `the page shows a price above ¥${OFF}: ${yuan(price)}`)
    await shop.locator('[data-test=sku-confirm]').click()
    await shop.locator('.van-toast').filter({ hasText: '已加入购物车' }).waitFor()
    await shop.goto(SHOP + '/#/cart')
    await shop.locator('[data-test=cart-item]').first().waitFor()
    check(await shop.locator('[data-test=cart-item]').count() === 1, 'the cart holds the one item added')
    await shop.locator('[data-test=checkout] button').click()
    await shop.waitForURL(u => u.hash.startsWith('#/confirm'))
    await shop.locator('[data-test=address]').waitFor()
    await shop.locator('[data-test=coupon]').click()
    const pick = shop.locator(`[data-test=pick-coupon-${coupon.id}]`)
    await pick.waitFor()
    await pick.click()
    const chosen = (await shop.locator('[data-test=coupon] .van-cell__value').innerText()).trim()
    check(chosen === '-' + yuan(OFF * 100), `the confirm page takes the coupon off: ${chosen}`)
    await shot(shop, 'coupon-03-confirm')
    await shop.locator('[data-test=submit-order] button').click()
    await shop.waitForURL(u => u.hash.startsWith('#/pay/'))
    made.order = shop.url().replace(/.*#\/pay\//, '').replace(/\?.*/, '')
    const amount = (await shop.locator('[data-test=pay-amount]').textContent()).trim()
    check(amount === yuan(price - OFF * 100), `the order charges ${yuan(price)} minus ¥${OFF}: ${amount}`)
    await shot(shop, 'coupon-04-pay')
    noErrors(shopper.errors, 'coupon: shop')
    await shopper.context.close()

    step('the order is cancelled: the coupon is the shopper\'s, unused, again')
    await api('POST', '/mall-portal/order/cancelUserOrder', { token, form: { orderId: made.order } })
    made.cancelled = true
    const held = (await api('GET', `/mall-admin/coupon/history/list?couponId=${coupon.id}`, { token: made.adminToken })).list
    check(held.length === 1 && held[0].useStatus === 0, `the coupon is back, unused: ${JSON.stringify(held)}`)
  } finally {
    const quietly = p => p.catch(e => console.log('    cleanup: ' + e.message))
    if (made.order && made.token && !made.cancelled) {
      await quietly(api('POST', '/mall-portal/order/cancelUserOrder', { token: made.token, form: { orderId: made.order } }))
    }
    const token = made.adminToken
    if (made.order && token) await quietly(api('POST', '/mall-admin/order/delete', { token, form: { ids: made.order } }))
    if (made.coupon && token) {
      const id = made.coupon.id
      await quietly(api('POST', `/mall-admin/coupon/delete/${id}`, { token }).catch(async e => {
        if (!/HTTP 409/.test(e.message)) throw e
        // held by the shopper: ended now, so no page lists it and no order can use it
        const c = await api('GET', `/mall-admin/coupon/${id}`, { token })
        const end = new Date(Math.max(Date.now(), new Date(c.startTime).getTime() + 1000))
        await api('POST', `/mall-admin/coupon/update/${id}`, { token, json: { name: c.name, type: c.type,
          platform: c.platform, amount: c.amount, minPoint: c.minPoint, perLimit: c.perLimit, publishCount: c.publishCount,
          startTime: c.startTime, endTime: local(end), enableTime: c.enableTime, memberLevel: c.memberLevel, note: c.note,
          useType: c.useType, productRelationList: c.productRelationList.map(p => ({ productId: p.productId })),
          productCategoryRelationList: [] } })
        console.log(`    cleanup: coupon ${id} is held by the shopper (the back office keeps held coupons): ended instead`)
      }))
    }
  }
}
