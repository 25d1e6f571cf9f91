export function money(v) {
  if (v === null || v === undefined || v === '') return '-'
  return '¥' + Number(v).toFixed(2)
}

export function fen(v) {
  return Math.round(Number(v || 0) * 100)
}

export function dateTime(v) {
  if (!v) return ''
  return String(v).replace('T', ' ').slice(0, 19)
}

/** sp_data of a SKU: [{"key":"颜色","value":"白色"}, ...] */
export function specs(spData) {
  if (!spData) return []
  try {
    const list = JSON.parse(spData)
    return Array.isArray(list) ? list : []
  } catch (e) {
    return []
  }
}

export function specText(spData) {
  const list = specs(spData)
  return list.length ? list.map(s => s.value).join(' / ') : ''
}

/** productAttr of cart and order items is the same JSON as sp_data */
export const attrText = specText

export const ORDER_STATUS = { 0: '待付款', 1: '待发货', 2: '已发货', 3: '已完成', 4: '已关闭', 5: '无效订单' }
export const PAY_TYPE = { 0: '未支付', 1: '支付宝', 2: '微信' }
export const RETURN_STATUS = { 0: '待处理', 1: '退货中', 2: '已完成', 3: '已拒绝' }
