// A shopper registers, adds an address, logs out and in again, searches, picks a SKU, adds it to the
// cart, confirms the order and pays (simulated), all through the shop's pages.
import { BASE, api, check, newPage, noErrors, shot, step } from './lib.mjs'

export async function shopperScenario(browser) {
  const { context, page, errors } = await newPage(browser)
  const suffix = Date.now().toString(36) + Math.floor(Math.random() * 1000)
  const username = 'web_' + suffix
  const password = 'secret123'
  const telephone = '137' + String(Date.now()).slice(-8)

  step('home page with banners, brands, flash promotion and recommendations')
  await page.goto(BASE + '/')
  await page.locator('.home .van-search').waitFor()
  await page.locator('.home .grid .cell').first().waitFor()
  await shot(page, 'shop-01-home')

  step(`register ${username}`)
  await page.goto(BASE + '/#/register')
  await page.fill('input[name=username]', username)
  await page.fill('input[name=password]', password)
  await page.fill('input[name=telephone]', telephone)
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.waitForFunction(() => /^\d{6}$/.test(document.querySelector('input[name=authCode]').value))
  await page.getByRole('button', { name: '注册并登录' }).click()
  await page.waitForURL(u => !u.hash.includes('register'))

  step('add a default address')
  await page.goto(BASE + '/#/address')
  await page.fill('input[name=name]', '网页测试')
  await page.fill('input[name=phoneNumber]', telephone)
  await page.fill('input[name=province]', '广东省')
  await page.fill('input[name=city]', '深圳市')
  await page.fill('input[name=region]', '南山区')
  await page.fill('input[name=detailAddress]', '科技园 1 号')
  await page.locator('.van-switch').click()
  await page.getByRole('button', { name: '保存' }).click()
  await page.waitForURL(u => !u.hash.startsWith('#/address'))

  step('log out, then a wrong password is answered in words, then log in')
  await page.goto(BASE + '/#/me')
  await page.locator('[data-test=member-name]').waitFor()
  await page.getByRole('button', { name: '退出登录' }).click()
  await page.locator('.van-dialog').getByRole('button', { name: '确认' }).click()
  await page.waitForURL(u => u.hash.startsWith('#/login'))
  await page.fill('input[name=username]', username)
  await page.fill('input[name=password]', 'wrong-password')
  await page.getByRole('button', { name: '登录' }).click()
  const loginError = page.locator('[data-test=login-error]')
  await loginError.waitFor()
  check((await loginError.textContent()).trim().length > 0, 'a wrong password shows a message')
  await page.fill('input[name=password]', password)
  await shot(page, 'shop-02-login')
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL(u => !u.hash.startsWith('#/login'))

  step('search 手机, sort by price')
  await page.goto(BASE + '/#/search?keyword=' + encodeURIComponent('手机'))
  const results = page.locator('.results .cell')
  await results.first().waitFor()
  check(await results.count() > 0, 'search for 手机 found nothing (is the search index built?)')
  await page.locator('.sort-price').click()
  await page.locator('.sort-price.on').waitFor()
  await results.first().waitFor()
  await shot(page, 'shop-03-search')

  step('open the first result and choose a SKU')
  await results.first().click()
  await page.waitForURL(u => u.hash.startsWith('#/product/'))
  await page.locator('[data-test=price]').waitFor()
  await shot(page, 'shop-04-product')
  await page.locator('[data-test=add-cart]').click()
  const dims = page.locator('.sku .dim')
  await page.locator('.sku').waitFor()
  for (let i = 0; i < await dims.count(); i++) {
    const dim = dims.nth(i)
    if (await dim.locator('.opt.on').count() === 0) await dim.locator('.opt:not(.off)').first().click()
  }
  await shot(page, 'shop-05-sku')
  await page.locator('[data-test=sku-confirm]').click()
  await page.locator('.van-toast').filter({ hasText: '已加入购物车' }).waitFor()

  step('cart -> confirm order -> submit')
  await page.goto(BASE + '/#/cart')
  await page.locator('[data-test=cart-item]').first().waitFor()
  check(await page.locator('[data-test=cart-item]').count() === 1, 'the cart should hold exactly the added item')
  await shot(page, 'shop-06-cart')
  await page.locator('[data-test=checkout] button').click()
  await page.waitForURL(u => u.hash.startsWith('#/confirm'))
  await page.locator('[data-test=address]').waitFor()
  await shot(page, 'shop-07-confirm')
  await page.locator('[data-test=submit-order] button').click()
  await page.waitForURL(u => u.hash.startsWith('#/pay/'))

  step('pay (simulated) and see the order as paid')
  await page.locator('[data-test=pay]').waitFor()
  const amount = await page.locator('[data-test=pay-amount]').textContent()
  check(/¥\d+\.\d\d/.test(amount), 'the pay page shows the amount, got ' + amount)
  await shot(page, 'shop-08-pay')
  await page.locator('[data-test=pay]').click()
  await page.locator('[data-test=paid]').waitFor()
  await shot(page, 'shop-09-paid')
  await page.goto(BASE + '/#/orders?status=1')
  await page.locator('[data-test=order]').first().waitFor()
  check(await page.locator('[data-test=order]').count() === 1, 'the paid order is listed as 待发货')
  await shot(page, 'shop-10-orders')

  step('expired login goes back to the login page with a message')
  await page.evaluate(() => localStorage.setItem('mall.shop.token', 'expired.token.value'))
  await page.goto(BASE + '/#/cart')
  await page.reload()
  await page.waitForURL(u => u.hash.startsWith('#/login'))
  await page.locator('[data-test=login-error]').filter({ hasText: '登录已过期' }).waitFor()
  await shot(page, 'shop-11-expired-login')
  // the two 401 answers above (wrong password, expired token) are expected: the browser logs them
  const expected = e => /status of 401/.test(e)
  const remaining = errors.filter(e => !expected(e))
  noErrors(remaining, 'shopper scenario')
  await context.close()
  return { username }
}

/** The price the shop's product page shows, for the admin scenario. */
export async function shopPrice(browser, productId) {
  const { context, page, errors } = await newPage(browser)
  await page.goto(`${BASE}/#/product/${productId}`)
  const text = (await page.locator('[data-test=price]').textContent()).trim()
  await shot(page, `shop-product-${productId}`)
  noErrors(errors, 'shop product page')
  await context.close()
  return text
}

export { api }
