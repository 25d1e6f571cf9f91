// The back office edits the shop's home page: an advert for the App home, online now; a product added to 新品推荐 and
// a brand to 品牌推荐 through the pick dialogs, their sorts raised above the others' (the shop shows only the first
// 4 new products and 6 brands, highest sort first); then the shop's home page shows the three. Whatever was made is
// deleted again through the API in the end, even when a step fails, so the database is left as it was.
import { BASE, api, check, newPage, noErrors, shot, step } from './lib.mjs'
import { login, saved, settled } from './admin.mjs'

// The apps may be dev servers (pages not yet in the lab's jar): MALL_WEB_ADMIN_URL=http://127.0.0.1:5174/admin/,
// MALL_WEB_SHOP_URL=http://127.0.0.1:5175/; the API is always the gateway's.
const ADMIN = (process.env.MALL_WEB_ADMIN_URL || BASE + '/admin/').replace(/\/?$/, '/')
const SHOP = (process.env.MALL_WEB_SHOP_URL || BASE + '/').replace(/\/?$/, '/')

const maxSort = rows => Math.max(0, ...rows.map(r => r.sort))

/** Adds one catalog row to a pick list through its dialog: searched by `keyword`, chosen by `text`. */
async function addPick(page, key, title, keyword, text) {
  await page.locator(`[data-test=pick-${key}]`).click()
  const dialog = page.locator('.el-dialog').filter({ hasText: `添加到${title}` })
  await dialog.locator('.el-select').click()
  await page.keyboard.type(keyword)
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: text }).first().click()
  await dialog.locator('.el-dialog__title').click() // closes the dropdown, which may cover the buttons
  const added = await saved(page, `/mall-admin/home/${key}/create`, () => dialog.locator('[data-test=pick-save]').click())
  check(added === 1, `${text} added to ${title}: ${added}`)
}

/** Sets a row's sort through its prompt. */
async function setSort(page, button, url, sort) {
  await page.locator(button).click()
  const box = page.locator('.el-message-box')
  await box.locator('input').fill(String(sort))
  await saved(page, url, () => box.locator('.el-button--primary').click())
  await box.waitFor({ state: 'detached' })
}

export async function homeScenario(browser) {
  const suffix = Date.now().toString(36)
  const adName = '网页广告' + suffix
  // what was made, for the cleanup: the advert's id, and the catalog ids added to the pick lists
  const made = { token: null, ad: null, product: null, brand: null }
  try {
    const admin = await newPage(browser, { width: 1366, height: 900, mobile: false })
    const page = admin.page
    await login(page, 'admin')
    const token = made.token = await page.evaluate(() => localStorage.getItem('mall.admin.token'))
    if (ADMIN !== BASE + '/admin/') {
      // signed in at the gateway: the same session for the back office served elsewhere
      await page.goto(ADMIN + '#/login')
      await page.evaluate(t => { localStorage.setItem('mall.admin.token', t); localStorage.setItem('mall.admin.token.user', 'admin') }, token)
      await page.goto('about:blank') // the app reads the token when it starts: it starts again at the page below
    }

    // a product on sale and a shown brand, not yet on their lists (so that deleting them later removes only ours)
    const news = (await api('GET', '/mall-admin/home/newProduct/list?pageSize=100', { token })).list
    const brands = (await api('GET', '/mall-admin/home/brand/list?pageSize=100', { token })).list
    const product = (await api('GET', '/mall-admin/product/list?publishStatus=1&pageSize=100', { token })).list
      .find(p => !news.some(n => n.productId === p.id))
    const brand = (await api('GET', '/mall-admin/brand/list?pageSize=100', { token })).list
      .find(b => b.showStatus === 1 && !brands.some(h => h.brandId === b.id))
    check(product && brand, `a product on sale not among the new products (${product && product.id}) and a shown brand not recommended (${brand && brand.id})`)
    const ads = (await api('GET', '/mall-admin/home/advertise/list?type=1&pageSize=100', { token })).list

    step(`the back office: advert ${adName} for the App home, online now`)
    await page.goto(ADMIN + '#/homeContent')
    await settled(page)
    await page.locator('[data-test=ad-create]').click()
    await page.fill('input[name=ad-name]', adName)
    await page.fill('input[name=ad-pic]', `https://img.perflab.example/ad/${suffix}.jpg`)
    await page.fill('input[name=ad-url]', `/product/${product.id}`)
    await page.locator('input[name=ad-sort]').fill(String(Math.min(maxSort(ads) + 1, 99999)))
    await shot(page, 'home-01-advert')
    made.ad = await saved(page, '/mall-admin/home/advertise/create', () => page.locator('[data-test=ad-save]').click())
    check(made.ad.type === 1 && made.ad.status === 1, `the advert is for the App home and online: ${JSON.stringify(made.ad)}`)
    await page.locator(`[data-test="ad-delete-${adName}"]`).waitFor()

    step(`新品推荐: ${product.name} (${product.id}) picked by keyword, sorted first`)
    made.product = product.id
    await addPick(page, 'newProduct', '新品推荐', product.name.slice(0, 6), product.productSn)
    await setSort(page, `[data-test=sort-newProduct-${product.id}]`, '/mall-admin/home/newProduct/update/sort/',
      Math.min(maxSort(news) + 1, 99999))

    step(`品牌推荐: ${brand.name} (${brand.id}) picked, sorted first`)
    made.brand = brand.id
    await addPick(page, 'brand', '首页品牌推荐', brand.name, brand.name)
    await setSort(page, `[data-test=sort-brand-${brand.id}]`, '/mall-admin/home/brand/update/sort/',
      Math.min(maxSort(brands) + 1, 99999))
    await shot(page, 'home-02-picks', true)
    noErrors(admin.errors, 'home: back office')
    await admin.context.close()

    step('the shop\'s home page shows the advert, the product and the brand')
    // mall-portal evicts its cached home page on the back office's change through RabbitMQ: a moment later
    const shopper = await newPage(browser)
    const shop = shopper.page
    let shown = null
    const started = Date.now()
    await shop.goto(SHOP + '#/')
    for (;;) {
      await shop.locator('.home .section-title').first().waitFor() // the content has come
      shown = await shop.evaluate(() => ({
        blocks: [...document.querySelectorAll('.home .section-title')].map(e => e.textContent.trim()),
        ads: [...document.querySelectorAll('[data-test=home-ad]')].map(e => Number(e.dataset.adId)),
        newProducts: [...document.querySelectorAll('[data-test=home-new] [data-product-id]')].map(e => Number(e.dataset.productId)),
        brands: [...document.querySelectorAll('[data-test=home-brands] [data-brand-id]')].map(e => Number(e.dataset.brandId))
      }))
      if (shown.ads.includes(made.ad.id) && shown.newProducts.includes(product.id) && shown.brands.includes(brand.id)) break
      if (Date.now() - started > 15000) break
      await shop.waitForTimeout(1000)
      await shop.reload()
    }
    await shot(shop, 'home-03-shop', true)
    check(shown.ads.includes(made.ad.id) && shown.newProducts.includes(product.id) && shown.brands.includes(brand.id),
      `within 15 s the shop's home page shows advert ${made.ad.id}, new product ${product.id} and brand ${brand.id};` +
      ` it showed ${JSON.stringify(shown)}`)
    noErrors(shopper.errors, 'home: shop')
    await shopper.context.close()
  } finally {
    const quietly = p => p.catch(e => console.log('    cleanup: ' + e.message))
    const token = made.token
    if (token) {
      // the advert by id, or by its unique name where the create's answer was lost
      const adIds = made.ad ? [made.ad.id]
        : (await quietly(api('GET', `/mall-admin/home/advertise/list?name=${encodeURIComponent(adName)}`, { token })) || { list: [] }).list.map(a => a.id)
      if (adIds.length) await quietly(api('POST', '/mall-admin/home/advertise/delete', { token, form: { ids: adIds.join(',') } }))
      // the picks: rows pointing at what was added (none did before)
      for (const [key, ref, id] of [['newProduct', 'productId', made.product], ['brand', 'brandId', made.brand]]) {
        if (!id) continue
        const rows = await quietly(api('GET', `/mall-admin/home/${key}/list?pageSize=100`, { token }))
        const ids = rows ? rows.list.filter(r => r[ref] === id).map(r => r.id) : []
        if (ids.length) await quietly(api('POST', `/mall-admin/home/${key}/delete`, { token, form: { ids: ids.join(',') } }))
      }
    }
  }
}
