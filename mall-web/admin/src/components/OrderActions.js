// Deliver and close, shared by the order list and the order detail.
import { ElMessage, ElMessageBox } from 'element-plus'
import { postForm, postJson } from '../api.js'

export const COMPANIES = ['顺丰快递', '圆通快递', '中通快递', '韵达快递', '申通快递', 'EMS', '京东物流']

export async function deliver(orderId, deliveryCompany, deliverySn) {
  await postJson('/mall-admin/order/update/delivery', [{ orderId, deliveryCompany, deliverySn }])
  ElMessage.success('已发货')
}

export async function closeOrder(order) {
  let note
  try {
    const r = await ElMessageBox.prompt(`关闭订单 ${order.orderSn}，请填写备注`, '关闭订单', {
      inputValue: '后台关闭', inputValidator: v => (!!v && v.length <= 400) || '请填写 400 字以内的备注'
    })
    note = r.value
  } catch (e) {
    return false
  }
  try {
    await postForm('/mall-admin/order/update/close', { ids: [order.id], note })
    ElMessage.success('订单已关闭')
    return true
  } catch (e) {
    ElMessage.error(e.message)
    return false
  }
}
