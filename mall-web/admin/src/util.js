export function money(v) {
  if (v === null || v === undefined || v === '') return '-'
  return '¥' + Number(v).toFixed(2)
}

export function dateTime(v) {
  if (!v) return ''
  return String(v).replace('T', ' ').slice(0, 19)
}

export function specText(spData) {
  if (!spData) return ''
  try {
    const list = JSON.parse(spData)
    return Array.isArray(list) ? list.map(s => `${s.key}:${s.value}`).join(' ') : ''
  } catch (e) {
    return spData
  }
}

export const ORDER_STATUS = { 0: '待付款', 1: '待发货', 2: '已发货', 3: '已完成', 4: '已关闭', 5: '无效订单' }
export const ORDER_STATUS_TAG = { 0: 'warning', 1: 'danger', 2: 'primary', 3: 'success', 4: 'info', 5: 'info' }
export const PAY_TYPE = { 0: '未支付', 1: '支付宝', 2: '微信' }
export const SOURCE_TYPE = { 0: 'PC', 1: 'App' }
export const RETURN_STATUS = { 0: '待处理', 1: '退货中', 2: '已完成', 3: '已拒绝' }
export const RETURN_STATUS_TAG = { 0: 'warning', 1: 'primary', 2: 'success', 3: 'info' }
