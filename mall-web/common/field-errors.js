// A 400's field errors ({field, message} in the envelope's data) in the words of the page: the field as the page
// labels it, the rule in Chinese. The services answer Bean Validation's messages (in English, or in Chinese
// where the JVM's locale is) and mall-common's own ("must be a whole number ..."); what is not known here is
// shown as the server wrote it, after the label.

const RULES = [
  [/^(must not be (blank|empty|null)|不能为空|不能为null|is required)$/, () => '不能为空'],
  [/^must be a value of type (long|Long|int|Integer|short|Short)$/, () => '必须是整数'],
  [/^must be a whole number.*$/, () => '必须是整数'],
  [/^must be a value of type (BigDecimal|double|Double|float|Float)$/, () => '必须是数字'],
  [/^must be a number.*$/, () => '必须是数字'],
  [/^must be a date and time like .*$/, () => '必须是日期和时间'],
  [/^must be a date like .*$/, () => '必须是日期'],
  [/^must be a time like .*$/, () => '必须是时间'],
  [/^must be one of (.*)$/, m => '只能是 ' + m[1] + ' 之一'],
  [/^must be (greater than or equal to|at least) (\S+)$/, m => '不能小于 ' + m[2]],
  [/^must be (less than or equal to|at most) (\S+)$/, m => '不能大于 ' + m[2]],
  [/^must be greater than (\S+)$/, m => '必须大于 ' + m[1]],
  [/^must be less than (\S+)$/, m => '必须小于 ' + m[1]],
  [/^must be positive$/, () => '必须大于 0'],
  [/^must be positive or zero$/, () => '不能小于 0'],
  [/^size must be between (\d+) and (\d+)$/, m => (m[1] === '0' ? '长度不能超过 ' + m[2] : '长度须在 ' + m[1] + ' 到 ' + m[2] + ' 之间')],
  [/^个数必须在(\d+)和(\d+)之间$/, m => (m[1] === '0' ? '长度不能超过 ' + m[2] : '长度须在 ' + m[1] + ' 到 ' + m[2] + ' 之间')],
  [/^must be a well-formed email address$/, () => '不是有效的邮箱地址'],
  [/^numeric value out of bounds.*$/, () => '数值超出允许的位数'],
  [/^must match .*$/, () => '格式不正确'],
  [/^需要匹配正则表达式.*$/, () => '格式不正确'],
  [/^must be a future date$/, () => '必须是将来的时间'],
  [/^is not a valid value$/, () => '不是有效的值']
]

/** The rule in Chinese, or the server's words where no rule here matches (already Chinese, or new). */
export function ruleText(message) {
  const text = String(message || '').trim()
  for (const [pattern, words] of RULES) {
    const m = text.match(pattern)
    if (m) return words(m)
  }
  return text
}

/** "productRelationList[0].productId" -> "productId": pages label the field, not its place in the body. */
function fieldName(path) {
  const last = String(path || '').split('.').pop()
  return last.replace(/\[\d+\]$/, '')
}

/** Whether an envelope's data is a list of field errors. */
export function isFieldErrors(data) {
  return Array.isArray(data) && data.length > 0 && data.every(e => e && typeof e.field === 'string')
}

/** "价格：不能小于 0；库存：必须是整数" with labels {field: label}; an unknown field keeps its name. */
export function describeFieldErrors(errors, labels = {}) {
  return errors.map(e => {
    const name = fieldName(e.field)
    return (labels[e.field] || labels[name] || name) + '：' + ruleText(e.message)
  }).join('；')
}
