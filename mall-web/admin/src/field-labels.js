// The request fields of the back office's forms as its pages label them, so that a 400 says "价格：不能小于 0"
// rather than "price: must be greater than or equal to 0" (mall-web/common/field-errors.js). One table for the
// app: where two pages use one field name, they label it alike (a page's own wording wins in its title).
export const FIELD_LABELS = {
  id: 'ID', ids: 'ID', name: '名称', username: '账号', password: '密码', oldPassword: '原密码', newPassword: '新密码',
  nickName: '姓名', email: '邮箱', note: '备注', icon: '头像', description: '描述', status: '状态', sort: '排序',
  keyword: '关键字', keywords: '关键词', pageNum: '页码', pageSize: '每页条数',
  // products and SKUs
  productSn: '货号', subTitle: '副标题', brandId: '品牌', productCategoryId: '分类', price: '价格',
  promotionPrice: '促销价', originalPrice: '市场价', unit: '单位', weight: '重量(克)', stock: '库存',
  lowStock: '预警库存', skuCode: 'SKU 编码', pic: '图片', publishStatus: '上架', newStatus: '新品',
  recommandStatus: '推荐', productId: '商品', skuStockList: '规格', verifyStatus: '已审核',
  productAttributeCategoryId: '商品类型', productAttributeValueList: '商品属性', productAttributeId: '属性',
  value: '属性值', spData: '规格', albumPics: '相册', detailTitle: '详情标题', detailDesc: '详情描述',
  detailHtml: '详情 HTML', detailMobileHtml: '移动端详情', giftPoint: '赠送积分', giftGrowth: '赠送成长值',
  usePointLimit: '积分抵扣上限', promotionType: '促销方式', promotionStartTime: '促销开始时间',
  promotionEndTime: '促销结束时间', promotionPerLimit: '促销限购', memberPriceList: '会员价格', memberLevelId: '会员等级',
  memberPrice: '会员价格', productLadderList: '阶梯价格', discount: '折扣', productFullReductionList: '满减价格',
  fullPrice: '满减门槛', reducePrice: '减免金额',
  // brands and categories
  firstLetter: '首字母', logo: 'Logo', bigPic: '大图', brandStory: '品牌故事', factoryStatus: '制造商',
  showStatus: '显示', navStatus: '导航栏', parentId: '上级分类', productUnit: '单位',
  // coupons and promotions
  type: '类型', platform: '平台', amount: '面值', minPoint: '使用门槛', perLimit: '每人限领', publishCount: '发行量',
  count: '数量', startTime: '开始时间', endTime: '结束时间', useType: '可使用商品', enableTime: '领取日期',
  memberLevel: '会员等级', productRelationList: '商品', productCategoryRelationList: '分类',
  title: '标题', startDate: '开始日期', endDate: '结束日期',
  flashPromotionPrice: '秒杀价', flashPromotionCount: '秒杀数量', flashPromotionLimit: '每人限购',
  // orders, returns, settings
  orderId: '订单', deliveryCompany: '物流公司', deliverySn: '物流单号', freightAmount: '运费',
  discountAmount: '优惠金额', receiverName: '收货人', receiverPhone: '收货人电话', returnAmount: '退款金额',
  companyAddressId: '收货地址', handleNote: '处理说明', receiveNote: '收货备注', reason: '原因',
  flashOrderOvertime: '秒杀订单超时（分钟）', normalOrderOvertime: '正常订单超时（分钟）',
  confirmOvertime: '发货后自动确认收货（天）', finishOvertime: '收货后自动完成（天）',
  commentOvertime: '自动好评（天）',
  // admins and roles
  adminId: '用户', roleId: '角色', roleIds: '角色', menuIds: '菜单', resourceIds: '资源', url: '资源路径',
  categoryId: '分类', level: '级别', hidden: '显示',
  // home page content (adverts, recommended brands, products and subjects)
  subjectId: '专题', brandName: '品牌名称', productName: '商品名称', subjectName: '专题名称', recommendStatus: '推荐'
}
