// The request fields of the shop's forms as its pages label them (mall-web/common/field-errors.js).
export const FIELD_LABELS = {
  username: '用户名', password: '密码', telephone: '手机号', authCode: '验证码',
  name: '收货人', phoneNumber: '手机号', province: '省份', city: '城市', region: '区县', detailAddress: '详细地址',
  postCode: '邮编', returnName: '联系人', returnPhone: '电话', reason: '原因', description: '说明',
  quantity: '数量', productSkuId: '规格', memberReceiveAddressId: '收货地址', couponId: '优惠券',
  useIntegration: '积分', payType: '支付方式', cartIds: '购物车商品'
}
