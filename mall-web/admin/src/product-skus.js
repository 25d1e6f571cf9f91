// SKUs from a product type's specification attributes (颜色 × 尺码 ...): one SKU per combination of the values
// chosen, in the SKUs' own notation (sp_data: [{"key":"颜色","value":"黑色"}, ...], as the shop reads it).

/** [{key, value}, ...] of a SKU's spData; [] when it has none or it is not JSON. */
export function specPairs(spData) {
  if (!spData) return []
  try {
    const list = JSON.parse(spData)
    return Array.isArray(list) ? list.filter(p => p && p.key).map(p => ({ key: String(p.key), value: String(p.value) })) : []
  } catch (e) {
    return []
  }
}

/** One string per combination whatever the order of its pairs, to match a SKU to a combination. */
function signature(pairs) {
  return pairs.map(p => p.key + '\u0000' + p.value).sort().join('\u0001')
}

/** Every combination of the specs' values ([{name, values}], in order); none when a spec has no value. */
export function combinations(specs) {
  const used = specs.filter(s => s.values.length)
  if (!used.length || used.length !== specs.length) return []
  return used.reduce((acc, spec) => acc.flatMap(pairs => spec.values.map(v => [...pairs, { key: spec.name, value: v }])), [[]])
}

/**
 * The SKU table after generating from these specs: a current SKU whose values are one of the combinations is
 * kept as it is (its id, stock and prices: orders and carts refer to it), every other combination is a new row
 * at the product's price with no stock and a code from the product's number not yet used in the table.
 * SKUs of combinations no longer chosen are left out (the save removes them, or refuses where orders hold them).
 */
export function generateSkus(specs, current, { productSn, price }) {
  const bySignature = new Map(current.map(s => [signature(specPairs(s.spData)), s]))
  const codes = current.map(s => s.skuCode)
  return combinations(specs).map(pairs => bySignature.get(signature(pairs))
    || newSku(nextSkuCode(productSn, codes), price, JSON.stringify(pairs)))
}

/** A SKU row not saved yet: no stock, sales or locks. */
export function newSku(skuCode, price, spData) {
  return { id: null, skuCode, price, promotionPrice: null, stock: 0, lowStock: null, pic: null, lockStock: 0, sale: 0, spData }
}

/** The first code `<product number>-NN` not among `codes`, which it joins (so a batch never repeats one). */
export function nextSkuCode(productSn, codes) {
  let n = 1
  let code
  do code = `${productSn || 'SKU'}-${String(n++).padStart(2, '0')}`
  while (codes.includes(code))
  codes.push(code)
  return code
}

/** The values of each spec a product uses: its stored attribute values (comma-separated) and its SKUs' values. */
export function chosenValues(specAttributes, attributeValues, skus) {
  const chosen = {}
  for (const a of specAttributes) {
    const stored = attributeValues.find(v => v.productAttributeId === a.id)
    const values = stored && stored.value ? stored.value.split(',').map(s => s.trim()).filter(Boolean) : []
    for (const sku of skus) {
      for (const p of specPairs(sku.spData)) if (p.key === a.name && !values.includes(p.value)) values.push(p.value)
    }
    chosen[a.id] = values
  }
  return chosen
}
